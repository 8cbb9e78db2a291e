package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.ItemKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "scheme_item")
class SchemeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    private AssessmentScheme scheme;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private String name;
    private BigDecimal points;
    private BigDecimal cap;
    private int sortOrder;

    protected SchemeItem() {
    }

    SchemeItem(AssessmentScheme scheme, ItemKind kind, String name, BigDecimal points, BigDecimal cap, int sortOrder) {
        this.scheme = scheme;
        update(kind, name, points, cap, sortOrder);
    }

    void update(ItemKind kind, String name, BigDecimal points, BigDecimal cap, int sortOrder) {
        this.kind = kind;
        this.name = name;
        this.points = points;
        this.cap = cap;
        this.sortOrder = sortOrder;
    }

    /** A placeholder name while names move between rows (see {@link SchemeEdits#park}). */
    void rename(String name) {
        this.name = name;
    }

    Long getId() {
        return id;
    }

    ItemKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    BigDecimal getPoints() {
        return points;
    }

    BigDecimal getCap() {
        return cap;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
