package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.Dimension;
import com.jgdj.dashboard.assessment.grading.Item;
import com.jgdj.dashboard.assessment.grading.QuotaRule;
import com.jgdj.dashboard.assessment.grading.Rounding;
import com.jgdj.dashboard.assessment.grading.ScoringRules;
import com.jgdj.dashboard.assessment.grading.Thresholds;
import com.jgdj.dashboard.assessment.grading.Veto;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A year's assessment scheme (考核方案); the row without a year is the default a new year starts from. */
@Entity
@Table(name = "assessment_scheme")
class AssessmentScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Integer year;

    @Column(nullable = false)
    private String name;

    private BigDecimal excellentMin;
    private BigDecimal goodMin;
    private BigDecimal fairMin;
    private BigDecimal excellentQuota;

    @Column(name = "quota_scope")
    private String quotaScope;

    @Enumerated(EnumType.STRING)
    private Rounding quotaRounding;

    private BigDecimal bonusTotalCap;
    private BigDecimal interviewBottomShare;

    private java.time.OffsetDateTime updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<SchemeDimension> dimensions = new ArrayList<>();

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<SchemeItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<SchemeVeto> vetoes = new ArrayList<>();

    protected AssessmentScheme() {
    }

    /** A copy of {@code source} for {@code year}, with new ids for everything. */
    static AssessmentScheme copyOf(AssessmentScheme source, int year) {
        AssessmentScheme s = new AssessmentScheme();
        s.year = year;
        s.name = year + "年度考核方案";
        s.updatedAt = source.updatedAt;
        s.apply(source.settings());
        source.dimensions.forEach(d -> s.dimensions.add(new SchemeDimension(s, d.getName(), d.getMaxPoints(),
                d.getDescription(), d.getSortOrder())));
        source.items.forEach(i -> s.items.add(new SchemeItem(s, i.getKind(), i.getName(), i.getPoints(), i.getCap(),
                i.getSortOrder())));
        source.vetoes.forEach(v -> s.vetoes.add(new SchemeVeto(s, v.getName(), v.getEffect(), v.getSortOrder())));
        return s;
    }

    void apply(SchemeSettings settings) {
        excellentMin = settings.thresholds().excellent();
        goodMin = settings.thresholds().good();
        fairMin = settings.thresholds().fair();
        excellentQuota = settings.quota().share();
        quotaRounding = settings.quota().rounding();
        quotaScope = settings.quota().perCategory() ? "CATEGORY" : "OVERALL";
        bonusTotalCap = settings.bonusTotalCap();
        interviewBottomShare = settings.interviewBottomShare();
    }

    /** Child rows do not bump the scheme's version; changing this column does, so concurrent edits conflict. */
    void touch(java.time.OffsetDateTime now) {
        updatedAt = now;
    }

    public SchemeSettings settings() {
        return new SchemeSettings(new Thresholds(excellentMin, goodMin, fairMin),
                new QuotaRule(excellentQuota, quotaRounding, "CATEGORY".equals(quotaScope)), bonusTotalCap,
                interviewBottomShare);
    }

    public ScoringRules rules() {
        return new ScoringRules(
                dimensions.stream().map(d -> new Dimension(d.getId(), d.getName(), d.getMaxPoints(),
                        d.getDescription())).toList(),
                items.stream().map(i -> new Item(i.getId(), i.getKind(), i.getName(), i.getPoints(), i.getCap()))
                        .toList(),
                vetoes.stream().map(v -> new Veto(v.getId(), v.getName(), v.getEffect())).toList(),
                settings().thresholds(), bonusTotalCap);
    }

    List<SchemeDimension> dimensions() {
        return dimensions;
    }

    List<SchemeItem> items() {
        return items;
    }

    List<SchemeVeto> vetoes() {
        return vetoes;
    }

    public Long getId() {
        return id;
    }

    public Integer getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
