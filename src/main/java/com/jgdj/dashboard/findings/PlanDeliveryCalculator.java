package com.jgdj.dashboard.findings;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Matches a unit's previous plans against its work of a period ({@link PlanMatcher}); no user scope here. */
@Component
class PlanDeliveryCalculator {

    /**
     * The outcome for the unit's report of the period: the previous report's id (null without one) and the delivery
     * (null when there is no previous report or it has no plans part).
     */
    record Outcome(long submissionId, Long planSubmissionId, PlanDelivery delivery) {
    }

    private final ReportPartsQuery reports;

    PlanDeliveryCalculator(ReportPartsQuery reports) {
        this.reports = reports;
    }

    /** Empty when the unit has no report of the period. */
    Optional<Outcome> compute(long unitId, long periodId) {
        return reports.reportAndPrevious(unitId, periodId).map(pair -> {
            ReportPartsQuery.Report current = pair.current();
            if (pair.previous().isEmpty()) {
                return new Outcome(current.id(), null, null);
            }
            ReportPartsQuery.Report before = pair.previous().get();
            List<Passage> plans = passages(before, "plans");
            if (plans.isEmpty()) {
                return new Outcome(current.id(), before.id(), null);
            }
            List<Passage> work = passages(current, "work_done");
            return new Outcome(current.id(), before.id(), new PlanDelivery(before.id(),
                    before.kind().periodName(before.year()), current.id(), PlanMatcher.match(plans, work)));
        });
    }

    private List<Passage> passages(ReportPartsQuery.Report report, String part) {
        List<Passage> out = new ArrayList<>();
        for (ReportPartsQuery.SectionSpan s : reports.sections(report.id(), part)) {
            out.addAll(PlanMatcher.paragraphs(report.fullText(), s.startOffset(), s.endOffset(), s.heading()));
        }
        return out;
    }
}
