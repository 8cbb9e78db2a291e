package com.jgdj.dashboard.assessment.grading;

public record Veto(long id, String name, VetoEffect effect) {
}
