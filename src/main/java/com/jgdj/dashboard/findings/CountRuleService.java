package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The rules on the counts. A changed rule applies to every stored report at once: the database computes every
 * period's violations again when the change commits ({@code period_rule_violation}, read by {@link RuleViolationQuery}).
 */
@Service
public class CountRuleService {

    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("10000");

    private final CountRuleRepository rules;
    private final CountMinimumQuery minimums;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CountRuleService(CountRuleRepository rules, CountMinimumQuery minimums, JdbcClient jdbc, AuditService audit,
                     CurrentUser currentUser, Clock clock) {
        this.rules = rules;
        this.minimums = minimums;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<RuleRow> list() {
        return jdbc.sql("""
                select r.id, r.code, r.kind, r.name, i.name as indicator, r.units, o.name as other_indicator,
                       r.other_units, r.threshold, r.enabled, r.updated_by, r.updated_at, r.version
                from count_rule r
                left join indicator i on i.id = r.indicator_id
                left join indicator o on o.id = r.other_indicator_id
                order by r.sort_order, r.id""")
                .query(RecordRows.of(RuleRow.class)).list();
    }

    /**
     * The stored count minimums (a switched-off rule without its minimum), for grading hints computed without a
     * signed-in user (the demo's assessments); they name indicators and numbers, no unit's data.
     */
    @Transactional(readOnly = true)
    public List<CountMinimum> minimums() {
        return minimums.list();
    }

    /** Switches a rule on or off and sets its threshold (only rules that have one). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void update(RuleForm form) {
        CountRule rule = rules.findById(form.id()).orElseThrow(() -> new UserInputException("该规则已不存在"));
        if (form.version() == null || rule.getVersion() != form.version()) {
            throw new ConcurrentEditException("该规则已被他人修改，请刷新后再编辑。");
        }
        BigDecimal threshold = rule.getThreshold() == null ? null : form.threshold();
        if (rule.getThreshold() != null && (threshold == null || threshold.signum() <= 0
                || threshold.compareTo(MAX_THRESHOLD) > 0)) {
            throw new UserInputException("阈值须大于0且不超过10000");
        }
        if (threshold != null && threshold.scale() > 2) {
            throw new UserInputException("阈值最多保留两位小数");
        }
        String before = describe(rule.isEnabled(), rule.getThreshold());
        rule.apply(form.enabled(), threshold, currentUser.username(), OffsetDateTime.now(clock));
        rules.saveAndFlush(rule);
        audit.record("COUNT_RULE_UPDATED", "count_rule", rule.getId(),
                rule.getName() + "：" + before + " → " + describe(form.enabled(), threshold));
    }

    private static String describe(boolean enabled, BigDecimal threshold) {
        return (enabled ? "启用" : "停用") + (threshold == null ? "" : "，阈值" + RuleViolation.plain(threshold));
    }
}
