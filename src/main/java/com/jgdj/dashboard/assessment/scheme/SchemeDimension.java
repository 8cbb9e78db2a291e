package com.jgdj.dashboard.assessment.scheme;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "scheme_dimension")
class SchemeDimension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    private AssessmentScheme scheme;

    private String name;
    private BigDecimal maxPoints;
    private String description;
    private int sortOrder;

    protected SchemeDimension() {
    }

    SchemeDimension(AssessmentScheme scheme, String name, BigDecimal maxPoints, String description, int sortOrder) {
        this.scheme = scheme;
        update(name, maxPoints, description, sortOrder);
    }

    void update(String name, BigDecimal maxPoints, String description, int sortOrder) {
        this.name = name;
        this.maxPoints = maxPoints;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    /** A placeholder name while names move between rows (see {@link SchemeEdits#park}). */
    void rename(String name) {
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    BigDecimal getMaxPoints() {
        return maxPoints;
    }

    String getDescription() {
        return description;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
