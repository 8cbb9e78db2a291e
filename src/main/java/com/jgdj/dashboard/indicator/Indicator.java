package com.jgdj.dashboard.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A canonical indicator (中心组学习, 警示教育 …) with the patterns that map an activity phrase to it. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** Java regex fragments separated by {@code |}, as in {@code db/changelog/data/indicator.csv}. */
    private String patterns;

    private int sortOrder;

    private boolean active = true;

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(String name, String patterns, int sortOrder) {
        this.name = name;
        this.patterns = patterns;
        this.sortOrder = sortOrder;
    }

    void apply(IndicatorForm form) {
        this.name = form.name().trim();
        this.patterns = form.patterns().trim();
        this.sortOrder = form.sortOrder();
        this.active = form.active();
    }

    /** What the audit log shows as the indicator's value before and after a change. */
    String auditLabel() {
        return "名称：" + name + "；匹配规则：" + patterns + "；排序：" + sortOrder + "；" + (active ? "启用" : "停用");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPatterns() {
        return patterns;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
