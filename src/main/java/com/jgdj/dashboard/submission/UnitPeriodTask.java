package com.jgdj.dashboard.submission;

/**
 * Where a unit stands with its report for one period: its current version there ({@code null} before it submitted)
 * and whether an administrator granted it 补报 (submitting after the deadline).
 */
public record UnitPeriodTask(SubmissionVersionRow latest, boolean lateAllowed) {

    public boolean submitted() {
        return latest != null;
    }
}
