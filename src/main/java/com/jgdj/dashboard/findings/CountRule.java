package com.jgdj.dashboard.findings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The editable part of a count rule: whether it applies and its threshold. What it compares is fixed by Liquibase. */
@Entity
@Table(name = "count_rule")
class CountRule {

    @Id
    private Long id;

    private String name;

    private BigDecimal threshold;

    private boolean enabled;

    private String updatedBy;

    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected CountRule() {
    }

    void apply(boolean enabled, BigDecimal threshold, String user, OffsetDateTime at) {
        this.enabled = enabled;
        this.threshold = threshold;
        this.updatedBy = user;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    BigDecimal getThreshold() {
        return threshold;
    }

    boolean isEnabled() {
        return enabled;
    }

    long getVersion() {
        return version;
    }
}
