package com.jgdj.dashboard.ranking;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The record of a 双约谈 with a unit after a period, and whether the unit lost its 评优资格. */
@Entity
@Table(name = "interview")
class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private long periodId;
    private LocalDate heldOn;
    private String note;
    private boolean disqualified;
    private String recordedBy;
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Interview() {
    }

    Interview(long unitId, long periodId) {
        this.unitId = unitId;
        this.periodId = periodId;
    }

    void apply(InterviewForm form, String user, OffsetDateTime now) {
        heldOn = form.heldOn();
        note = form.note() == null || form.note().isBlank() ? null : form.note().trim();
        disqualified = form.disqualified();
        recordedBy = user;
        recordedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
