package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.VetoEffect;
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

@Entity
@Table(name = "scheme_veto")
class SchemeVeto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    private AssessmentScheme scheme;

    private String name;

    @Enumerated(EnumType.STRING)
    private VetoEffect effect;

    private int sortOrder;

    protected SchemeVeto() {
    }

    SchemeVeto(AssessmentScheme scheme, String name, VetoEffect effect, int sortOrder) {
        this.scheme = scheme;
        update(name, effect, sortOrder);
    }

    void update(String name, VetoEffect effect, int sortOrder) {
        this.name = name;
        this.effect = effect;
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

    VetoEffect getEffect() {
        return effect;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
