package com.jgdj.dashboard.indicator;

import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.parsing.IndicatorDefinition;
import com.jgdj.dashboard.parsing.IndicatorDictionary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The indicator dictionary kept in the database. The parser gets it as an {@link IndicatorDictionary}; it is
 * rebuilt only after an administrator changes it, not per report.
 */
@Service
public class IndicatorService {

    /** The active dictionary and the database id of each indicator name. */
    public record Dictionary(IndicatorDictionary dictionary, Map<String, Long> idsByName) {
    }

    private final IndicatorRepository indicators;
    private final AuditService audit;
    private final AtomicReference<Dictionary> cached = new AtomicReference<>();

    IndicatorService(IndicatorRepository indicators, AuditService audit) {
        this.indicators = indicators;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Dictionary dictionary() {
        Dictionary current = cached.get();
        if (current == null) {
            List<Indicator> active = indicators.findAllByOrderBySortOrderAscIdAsc().stream()
                    .filter(Indicator::isActive).toList();
            current = new Dictionary(
                    IndicatorDictionary.of(active.stream()
                            .map(i -> IndicatorDefinition.of(i.getName(), i.getPatterns(), i.getSortOrder())).toList()),
                    active.stream().collect(Collectors.toUnmodifiableMap(Indicator::getName, Indicator::getId)));
            cached.set(current);
        }
        return current;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<IndicatorRow> list() {
        return indicators.findAllByOrderBySortOrderAscIdAsc().stream().map(IndicatorRow::of).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(IndicatorForm form) {
        validate(form);
        Indicator indicator;
        if (form.id() == null) {
            if (indicators.existsByName(form.name().trim())) {
                throw new UserInputException("已存在同名指标：" + form.name().trim());
            }
            indicator = new Indicator(form.name(), form.patterns(), form.sortOrder());
        } else {
            indicator = indicators.findById(form.id()).orElseThrow(() -> new UserInputException("该指标已不存在"));
            if (form.version() == null || indicator.getVersion() != form.version()) {
                throw new ConcurrentEditException("该指标已被他人修改，请刷新后再编辑。");
            }
            if (indicators.existsByNameAndIdNot(form.name().trim(), form.id())) {
                throw new UserInputException("已存在同名指标：" + form.name().trim());
            }
        }
        String before = form.id() == null ? null : indicator.auditLabel();
        indicator.apply(form);
        Indicator saved = indicators.saveAndFlush(indicator);
        audit.record(AuditEntry.of(form.id() == null ? "INDICATOR_CREATED" : "INDICATOR_UPDATED", "indicator",
                saved.getId(), saved.getName() + "：" + saved.getPatterns()).change(before, saved.auditLabel()));
        forgetDictionaryAfterCompletion();
        return saved.getId();
    }

    // cleared now for this transaction, and again once it commits or rolls back, so no other thread keeps a
    // dictionary built from the state before the change (or from a change that was rolled back)
    private void forgetDictionaryAfterCompletion() {
        cached.set(null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cached.set(null);
            }
        });
    }

    private static void validate(IndicatorForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw new UserInputException("请填写指标名称");
        }
        if (form.name().trim().length() > 50) {
            throw new UserInputException("指标名称不能超过50个字");
        }
        if (form.patterns() == null || form.patterns().isBlank()) {
            throw new UserInputException("请填写匹配规则");
        }
        try {
            Pattern.compile(form.patterns().trim());
        } catch (PatternSyntaxException e) {
            throw new UserInputException("匹配规则有误：不是有效的正则表达式（" + e.getDescription() + "）");
        }
    }
}
