package com.jgdj.dashboard.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reporting unit: one department's Party organization. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String shortName;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false)
    private OrgType orgType;

    private String secretaryName;
    private String contactName;
    private String contactPhone;
    private boolean active = true;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String name, Long categoryId, OrgType orgType) {
        this.name = name;
        this.categoryId = categoryId;
        this.orgType = orgType;
    }

    void apply(OrgUnitForm form) {
        this.name = form.name().trim();
        this.shortName = blankToNull(form.shortName());
        this.categoryId = form.categoryId();
        this.parentId = form.parentId();
        this.orgType = form.orgType();
        this.secretaryName = blankToNull(form.secretaryName());
        this.contactName = blankToNull(form.contactName());
        this.contactPhone = blankToNull(form.contactPhone());
        this.active = form.active();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isActive() {
        return active;
    }
}
