package com.jgdj.dashboard.orgunit;

import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Service
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final CategoryRepository categories;
    private final OrgUnitQuery query;
    private final OrgUnitTreeQuery tree;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Validator validator;

    OrgUnitService(OrgUnitRepository units, CategoryRepository categories, OrgUnitQuery query,
                   OrgUnitTreeQuery tree, CurrentUser currentUser, AuditService audit, Validator validator) {
        this.units = units;
        this.categories = categories;
        this.query = query;
        this.tree = tree;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitRow> list(OrgUnitFilter filter, int offset, int limit) {
        return query.rows(filter, currentUser.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(OrgUnitFilter filter) {
        return query.count(filter, currentUser.scope());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OrgUnitDetails> details(long id) {
        if (!currentUser.scope().includes(id)) {
            return Optional.empty();
        }
        return units.findDetails(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CategoryOption> categories() {
        return categories.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(c -> new CategoryOption(c.getId(), c.getName())).toList();
    }

    /** A page of the units the signed-in user may see, by pinyin, for lazy selectors. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UnitOption> options(String nameContains, int offset, int limit) {
        return query.rows(new OrgUnitFilter(nameContains, null, true), currentUser.scope(), offset, limit)
                .stream().map(r -> new UnitOption(r.id(), r.name())).toList();
    }

    /** The unit a file is named after, e.g. 市财政局机关党委-2024年上半年工作汇报.docx. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public Optional<UnitOption> matchFileName(String fileName) {
        return query.matchFileName(fileName, currentUser.scope());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UnitOption> option(long id) {
        return details(id).map(d -> new UnitOption(d.id(), d.name()));
    }

    /** The labels of assessment.grading.Grade, which the unit feature (below assessment) cannot name. */
    private static final java.util.Map<String, String> GRADE_LABELS = java.util.Map.of("EXCELLENT", "优秀",
            "GOOD", "良好", "FAIR", "一般", "POOR", "较差");

    /**
     * The unit filters of a findings list in words, e.g. 单位类别：区县 · 上级单位：市委办公室下级单位 · 考核等次：优秀, or
     * 全部单位 without filters. {@code grade} is a {@code Grade} constant name.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String filterDescription(Long categoryId, Long parentUnitId, String grade) {
        List<String> parts = new java.util.ArrayList<>();
        if (categoryId != null) {
            categories().stream().filter(c -> c.id() == categoryId).findFirst()
                    .ifPresent(c -> parts.add("单位类别：" + c.name()));
        }
        if (parentUnitId != null) {
            option(parentUnitId).ifPresent(u -> parts.add("上级单位：" + u.name() + "下级单位"));
        }
        if (grade != null) {
            parts.add("考核等次：" + GRADE_LABELS.getOrDefault(grade, grade));
        }
        return parts.isEmpty() ? "全部单位" : String.join(" · ", parts);
    }

    /** Creates or updates a unit; a stale {@code form.version()} is refused, never overwritten. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(OrgUnitForm form) {
        validate(form);
        OrgUnit unit;
        if (form.id() == null) {
            if (units.existsByNameIgnoreCase(form.name().trim())) {
                throw new UserInputException("已存在同名单位：" + form.name().trim());
            }
            unit = new OrgUnit(form.name(), form.categoryId(), form.orgType());
        } else {
            unit = units.findById(form.id()).orElseThrow(() -> new UserInputException("该单位已不存在"));
            if (form.version() == null || unit.getVersion() != form.version()) {
                throw new ConcurrentEditException("该单位已被他人修改，请重新打开后再编辑。");
            }
            if (units.existsByNameIgnoreCaseAndIdNot(form.name().trim(), form.id())) {
                throw new UserInputException("已存在同名单位：" + form.name().trim());
            }
        }
        Long parentBefore = unit.getParentId();
        String before = form.id() == null ? null : auditLabel(unit);
        String parentAfter = checkParent(form);
        unit.apply(form);
        OrgUnit saved = units.saveAndFlush(unit);
        audit.record(AuditEntry.of(form.id() == null ? "UNIT_CREATED" : "UNIT_UPDATED", "org_unit", saved.getId(),
                saved.getName()).unit(saved.getId()).change(before, auditLabel(saved)));
        if (!Objects.equals(parentBefore, form.parentId())) {
            String parentBeforeName = parentBefore == null ? "无" : units.findById(parentBefore).map(OrgUnit::getName)
                    .orElse("#" + parentBefore);
            String parentAfterName = parentAfter == null ? "无" : parentAfter;
            audit.record(AuditEntry.of("UNIT_PARENT_CHANGED", "org_unit", saved.getId(), "%s 上级单位：%s → %s"
                            .formatted(saved.getName(), parentBeforeName, parentAfterName))
                    .unit(saved.getId()).change(parentBeforeName, parentAfterName));
        }
        return saved.getId();
    }

    private String auditLabel(OrgUnit unit) {
        return unit.auditLabel(categories.findById(unit.getCategoryId()).map(Category::getName)
                        .orElse("#" + unit.getCategoryId()),
                unit.getParentId() == null ? null : units.findById(unit.getParentId()).map(OrgUnit::getName)
                        .orElse("#" + unit.getParentId()));
    }

    /**
     * The new 上级单位 must exist and must not be the unit itself or lie below it (the database trigger
     * {@code org_unit_refuse_parent_cycle} holds the same rule); returns its name, null without a parent.
     */
    private String checkParent(OrgUnitForm form) {
        if (form.parentId() == null) {
            return null;
        }
        if (form.parentId().equals(form.id())) {
            throw new UserInputException("上级单位不能是本单位");
        }
        OrgUnit parent = units.findById(form.parentId())
                .orElseThrow(() -> new UserInputException("所选上级单位已不存在"));
        if (form.id() != null && tree.wouldCloseCycle(form.id(), form.parentId())) {
            throw new UserInputException("不能把单位设为自己下级单位的下级：" + parent.getName() + " 是 "
                    + form.name().trim() + " 的下级单位");
        }
        return parent.getName();
    }

    /** A page of the children of {@code parentId} (the top level when null) for the units tree. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitTreeRow> children(Long parentId, OrgUnitFilter filter, int offset, int limit) {
        return tree.children(parentId, filter, currentUser.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countChildren(Long parentId, OrgUnitFilter filter) {
        return tree.countChildren(parentId, filter, currentUser.scope());
    }

    private void validate(OrgUnitForm form) {
        Set<ConstraintViolation<OrgUnitForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new UserInputException(violations.stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining("；")));
        }
    }
}
