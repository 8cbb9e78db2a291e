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

    /**
     * What the audit log shows as the unit's value before and after a change: every field an administrator edits,
     * the category and 上级单位 by the names given.
     */
    String auditLabel(String categoryName, String parentName) {
        return "名称：" + name + "；简称：" + orNone(shortName) + "；类别：" + categoryName + "；上级单位："
                + (parentName == null ? "无" : parentName) + "；组织类型：" + orgType.name() + "；书记："
                + orNone(secretaryName) + "；联系人：" + orNone(contactName) + "；电话：" + orNone(contactPhone)
                + "；" + (active ? "启用" : "停用");
    }

    Long getCategoryId() {
        return categoryId;
    }

    private static String orNone(String s) {
        return s == null ? "无" : s;
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
