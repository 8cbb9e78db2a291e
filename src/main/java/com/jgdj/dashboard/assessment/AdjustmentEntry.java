package com.jgdj.dashboard.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

@Embeddable
class AdjustmentEntry {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private BigDecimal points;

    @Column(nullable = false)
    private String reason;

    private Long evidenceSubmissionId;
    private Integer evidenceStart;
    private Integer evidenceEnd;
    private String evidenceText;

    @Enumerated(EnumType.STRING)
    private EvidenceKind evidenceKind;

    protected AdjustmentEntry() {
    }

    AdjustmentEntry(AdjustmentLine line) {
        this.itemId = line.itemId();
        this.points = line.points();
        this.reason = line.reason().trim();
        Evidence e = line.evidence();
        if (e != null) {
            this.evidenceSubmissionId = e.submissionId();
            this.evidenceStart = e.start();
            this.evidenceEnd = e.end();
            this.evidenceText = e.text();
            this.evidenceKind = e.kind();
        }
    }

    AdjustmentLine toLine() {
        Evidence e = evidenceSubmissionId == null ? null
                : new Evidence(evidenceSubmissionId, evidenceStart, evidenceEnd, evidenceText, evidenceKind);
        return new AdjustmentLine(itemId, points, reason, e);
    }
}
