package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.grading.GradeCalculator;
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

    private final AssessmentSchemeRepository schemes;
    private final AssessmentQuery query;
    private final AuditService audit;
    private final java.time.Clock clock;

    SchemeService(AssessmentSchemeRepository schemes, AssessmentQuery query, AuditService audit, java.time.Clock clock) {
        this.schemes = schemes;
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scheme of {@code year}, created from the newest earlier one (or the default) when it does not exist. */
    @Transactional
    public SchemeDetails forYear(int year) {
        return details(ensure(year));
    }

    /** All schemes, newest year first, the default last. */
    @Transactional(readOnly = true)
    public List<SchemeRow> list() {
        return query.schemes();
    }

    @Transactional(readOnly = true)
    public SchemeDetails details(long schemeId) {
        return details(load(schemeId));
    }

    AssessmentScheme ensure(int year) {
        return schemes.findByYear(year).orElseGet(() -> {
            AssessmentScheme template = schemes.findTemplateFor(year)
                    .orElseThrow(() -> new IllegalStateException("No default assessment scheme"));
            return schemes.saveAndFlush(AssessmentScheme.copyOf(template, year));
        });
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
        saved(scheme, "考核方案设置");
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveDimensions(long schemeId, long version, List<DimensionForm> forms) {
        AssessmentScheme scheme = editable(schemeId, version);
        BigDecimal sum = forms.stream().map(DimensionForm::maxPoints).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (forms.stream().anyMatch(f -> blank(f.name()) || f.maxPoints() == null || f.maxPoints().signum() <= 0
                || !GradeCalculator.isHalfPoint(f.maxPoints()))) {
            throw new UserInputException("每个考核指标都要有名称和大于0的满分（精确到0.5分）");
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new UserInputException("各考核指标满分合计应为100分，现为" + sum.stripTrailingZeros().toPlainString() + "分");
        }
        unique(forms.stream().map(DimensionForm::name).toList());
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
        saved(scheme, "考核指标");
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveItems(long schemeId, long version, List<ItemForm> forms) {
        AssessmentScheme scheme = editable(schemeId, version);
        if (forms.stream().anyMatch(f -> blank(f.name()) || f.kind() == null || f.points() == null || f.cap() == null
                || f.points().signum() <= 0 || f.cap().compareTo(f.points()) < 0)) {
            throw new UserInputException("每个加减分项都要有名称、类型、大于0的分值，且上限不小于分值");
        }
        unique(forms.stream().map(ItemForm::name).toList());
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
        saved(scheme, "加减分项");
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveVetoes(long schemeId, long version, List<VetoForm> forms) {
        AssessmentScheme scheme = editable(schemeId, version);
        if (forms.stream().anyMatch(f -> blank(f.name()) || f.effect() == null)) {
            throw new UserInputException("每个否决事项都要有名称和处理方式");
        }
        unique(forms.stream().map(VetoForm::name).toList());
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
        saved(scheme, "否决事项");
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

    private void saved(AssessmentScheme scheme, String what) {
        scheme.touch(java.time.OffsetDateTime.now(clock));
        try {
            schemes.saveAndFlush(scheme);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new UserInputException("已有评分使用了被删除的项目，不能删除");
        }
        audit.record("SCHEME_UPDATED", "assessment_scheme", scheme.getId(), scheme.getName() + "：" + what);
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

    private static void unique(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n.trim())) {
                throw new UserInputException("名称重复：" + n.trim());
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
