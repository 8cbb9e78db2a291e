package com.jgdj.dashboard.period;

import com.jgdj.dashboard.base.Formats;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A reporting period (报送期), e.g. 2023年上半年, with its submission deadline. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodKind kind;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status = PeriodStatus.OPEN;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Integer seq;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(int year, PeriodKind kind, LocalDate deadline) {
        this.year = year;
        this.kind = kind;
        this.deadline = deadline;
    }

    void apply(PeriodForm form) {
        this.year = form.year();
        this.kind = form.kind();
        this.deadline = form.deadline();
    }

    void setStatus(PeriodStatus status) {
        this.status = status;
    }

    /** What the audit log shows as the period's value before and after a change. */
    String auditLabel() {
        return getName() + "；截止：" + Formats.date(deadline) + "；" + status.label();
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return kind.periodName(year);
    }
}
