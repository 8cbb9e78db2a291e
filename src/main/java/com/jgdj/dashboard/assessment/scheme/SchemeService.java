package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.GradeCalculator;
import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The yearly assessment schemes. A scheme used by a published result is frozen; it can only be copied. */
@Service
public class SchemeService {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String DIMENSIONS = "考核指标";
    private static final String ITEMS = "加减分项";
    private static final String VETOES = "否决事项";

    private final AssessmentSchemeRepository schemes;
    private final SchemeQuery query;
    private final AuditService audit;
    private final java.time.Clock clock;

    SchemeService(AssessmentSchemeRepository schemes, SchemeQuery query, AuditService audit, java.time.Clock clock) {
        this.schemes = schemes;
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scheme of {@code year} as it is; empty when none exists yet. A read: it never creates one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public java.util.Optional<SchemeDetails> findForYear(int year) {
        return schemes.findByYear(year).map(this::details);
    }

    /**
     * The explicit action "建立年度考核方案": the scheme of {@code year}, created from the newest earlier one (or the
     * default) when it does not exist yet.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public SchemeDetails createForYear(int year) {
        return details(ensure(year));
    }

    /** As {@link #createForYear}, for the demo loader, which runs without a signed-in user. */
    @Transactional
    public SchemeDetails ensureForDemo(int year) {
        return details(ensure(year));
    }

    /** All schemes, newest year first, the default last. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<SchemeRow> list() {
        return query.schemes();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SchemeDetails details(long schemeId) {
        return details(load(schemeId));
    }

    /** The scheme's settings (thresholds, quota, caps, the 双约谈 share), without reading its dimensions and items. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SchemeSettings settings(long schemeId) {
        return load(schemeId).settings();
    }

    private AssessmentScheme ensure(int year) {
        return schemes.findByYear(year).orElseGet(() -> {
            AssessmentScheme template = schemes.findTemplateFor(year)
                    .orElseThrow(() -> new IllegalStateException("No default assessment scheme"));
            AssessmentScheme created = schemes.saveAndFlush(AssessmentScheme.copyOf(template, year));
            audit.record("SCHEME_CREATED", "assessment_scheme", created.getId(),
                    "建立" + year + "年度考核方案（沿用" + template.getName() + "）");
            return created;
        });
    }

    /**
     * The id of the scheme new assessments of {@code year} are graded on, for the grading service's first save of an
     * assessment; refused when the year has none yet (a read: it never creates one).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public long idForNewAssessments(int year) {
        return schemes.findByYear(year)
                .orElseThrow(() -> new UserInputException(year + "年度尚无考核方案，请先建立")).getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long copyToYear(long schemeId, int year) {
        if (schemes.findByYear(year).isPresent()) {
            throw new UserInputException(year + "年度已有考核方案");
        }
        AssessmentScheme copy = schemes.saveAndFlush(AssessmentScheme.copyOf(load(schemeId), year));
        audit.record("SCHEME_COPIED", "assessment_scheme", copy.getId(), "复制为" + year + "年度考核方案");
        return copy.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveSettings(long schemeId, long version, SchemeSettings settings) {
        AssessmentScheme scheme = editable(schemeId, version);
        String before = SchemeAuditLabels.settings(scheme);
        var t = settings.thresholds();
        if (!(t.excellent().compareTo(t.good()) > 0 && t.good().compareTo(t.fair()) > 0 && t.fair().signum() > 0)) {
            throw new UserInputException("等次分数线应为 优秀 > 良好 > 一般 > 0");
        }
        if (!isShare(settings.quota().share()) || !isShare(settings.interviewBottomShare())) {
            throw new UserInputException("比例应在0至100%之间");
        }
        if (settings.bonusTotalCap().signum() < 0) {
            throw new UserInputException("加分总上限不能为负数");
        }
        scheme.apply(settings);
        saved(scheme, "考核方案设置", before, SchemeAuditLabels::settings);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveDimensions(long schemeId, long version, List<DimensionForm> forms) {
        AssessmentScheme scheme = editable(schemeId, version);
        String before = SchemeAuditLabels.dimensions(scheme);
        BigDecimal sum = forms.stream().map(DimensionForm::maxPoints).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (forms.stream().anyMatch(f -> blank(f.name()) || f.maxPoints() == null || f.maxPoints().signum() <= 0
                || !GradeCalculator.isHalfPoint(f.maxPoints()))) {
            throw new UserInputException("每个考核指标都要有名称和大于0的满分（精确到0.5分）");
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new UserInputException("各考核指标满分合计应为100分，现为" + sum.stripTrailingZeros().toPlainString() + "分");
        }
        unique(forms.stream().map(DimensionForm::name).toList(), DIMENSIONS);
        parkNames(SchemeEdits.park(scheme.dimensions(), SchemeDimension::getId, SchemeDimension::getName,
                SchemeDimension::rename, finalNames(forms, DimensionForm::id, DimensionForm::name)), DIMENSIONS);
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            DimensionForm f = forms.get(i);
            if (f.id() == null) {
                scheme.dimensions().add(new SchemeDimension(scheme, f.name().trim(), f.maxPoints(), f.description(), i));
            } else {
                kept.add(f.id());
                find(scheme.dimensions(), SchemeDimension::getId, f.id())
                        .update(f.name().trim(), f.maxPoints(), f.description(), i);
            }
        }
        scheme.dimensions().removeIf(d -> d.getId() != null && !kept.contains(d.getId()));
        saved(scheme, DIMENSIONS, before, SchemeAuditLabels::dimensions);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveItems(long schemeId, long version, List<ItemForm> forms) {
        AssessmentScheme scheme = editable(schemeId, version);
        String before = SchemeAuditLabels.items(scheme);
        if (forms.stream().anyMatch(f -> blank(f.name()) || f.kind() == null || f.points() == null || f.cap() == null
                || f.points().signum() <= 0 || f.cap().compareTo(f.points()) < 0)) {
            throw new UserInputException("每个加减分项都要有名称、类型、大于0的分值，且上限不小于分值");
        }
        unique(forms.stream().map(ItemForm::name).toList(), ITEMS);
        parkNames(SchemeEdits.park(scheme.items(), SchemeItem::getId, SchemeItem::getName, SchemeItem::rename,
                finalNames(forms, ItemForm::id, ItemForm::name)), ITEMS);
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            ItemForm f = forms.get(i);
            if (f.id() == null) {
                scheme.items().add(new SchemeItem(scheme, f.kind(), f.name().trim(), f.points(), f.cap(), i));
            } else {
                kept.add(f.id());
                find(scheme.items(), SchemeItem::getId, f.id()).update(f.kind(), f.name().trim(), f.points(), f.cap(), i);
            }
        }
        scheme.items().removeIf(d -> d.getId() != null && !kept.contains(d.getId()));
        saved(scheme, ITEMS, before, SchemeAuditLabels::items);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveVetoes(long schemeId, long version, List<VetoForm> forms) {
        AssessmentScheme scheme = editable(schemeId, version);
        String before = SchemeAuditLabels.vetoes(scheme);
        if (forms.stream().anyMatch(f -> blank(f.name()) || f.effect() == null)) {
            throw new UserInputException("每个否决事项都要有名称和处理方式");
        }
        unique(forms.stream().map(VetoForm::name).toList(), VETOES);
        parkNames(SchemeEdits.park(scheme.vetoes(), SchemeVeto::getId, SchemeVeto::getName, SchemeVeto::rename,
                finalNames(forms, VetoForm::id, VetoForm::name)), VETOES);
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            VetoForm f = forms.get(i);
            if (f.id() == null) {
                scheme.vetoes().add(new SchemeVeto(scheme, f.name().trim(), f.effect(), i));
            } else {
                kept.add(f.id());
                find(scheme.vetoes(), SchemeVeto::getId, f.id()).update(f.name().trim(), f.effect(), i);
            }
        }
        scheme.vetoes().removeIf(d -> d.getId() != null && !kept.contains(d.getId()));
        saved(scheme, VETOES, before, SchemeAuditLabels::vetoes);
    }

    private AssessmentScheme editable(long schemeId, long version) {
        AssessmentScheme scheme = load(schemeId);
        if (scheme.getVersion() != version) {
            throw new ConcurrentEditException("该考核方案已被他人修改，请刷新后再编辑。");
        }
        if (query.schemeUsedByPublished(schemeId)) {
            throw new UserInputException("该考核方案已用于已通报的考核结果，不能修改；请复制为新年度方案后修改。");
        }
        return scheme;
    }

    private void saved(AssessmentScheme scheme, String what, String before,
                       java.util.function.Function<AssessmentScheme, String> label) {
        scheme.touch(java.time.OffsetDateTime.now(clock));
        try {
            schemes.saveAndFlush(scheme);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw SchemeEdits.refusal(e, what);
        }
        audit.record(AuditEntry.of("SCHEME_UPDATED", "assessment_scheme", scheme.getId(), scheme.getName() + "：" + what)
                .change(before, label.apply(scheme)));
    }

    /** Writes the placeholder names of rows whose names move, before the final names are applied. */
    private void parkNames(boolean parked, String what) {
        if (parked) {
            try {
                schemes.flush();
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw SchemeEdits.refusal(e, what);
            }
        }
    }

    private static <F> java.util.Map<Long, String> finalNames(List<F> forms, java.util.function.Function<F, Long> id,
                                                              java.util.function.Function<F, String> name) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        forms.stream().filter(f -> id.apply(f) != null).forEach(f -> names.put(id.apply(f), name.apply(f).trim()));
        return names;
    }

    private AssessmentScheme load(long schemeId) {
        return schemes.findById(schemeId).orElseThrow(() -> new UserInputException("该考核方案已不存在"));
    }

    private SchemeDetails details(AssessmentScheme s) {
        return new SchemeDetails(s.getId(), s.getVersion(), s.getYear(), s.getName(), s.settings(), s.rules(),
                query.schemeUsedByPublished(s.getId()));
    }

    private static <T> T find(List<T> list, java.util.function.Function<T, Long> id, long wanted) {
        return list.stream().filter(x -> Objects.equals(id.apply(x), wanted)).findFirst()
                .orElseThrow(() -> new ConcurrentEditException("该考核方案已被他人修改，请刷新后再编辑。"));
    }

    private static void unique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n.trim())) {
                throw new UserInputException(what + "名称重复：" + n.trim());
            }
        }
    }

    private static boolean isShare(BigDecimal share) {
        return share != null && share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
