package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** What the report reading finds beyond the parser's flags: rule violations on the counts. Scoped to the reader. */
@Service
public class FindingsService {

    private final RuleViolationQuery violations;
    private final CurrentUser currentUser;

    FindingsService(RuleViolationQuery violations, CurrentUser currentUser) {
        this.violations = violations;
        this.currentUser = currentUser;
    }

    /** The period's rule violations (of one unit when {@code unitId} is set), by unit name and rule. */
    @Transactional(readOnly = true)
    public List<RuleViolation> violations(long periodId, Long unitId, int offset, int limit) {
        return violations.list(periodId, unitId, currentUser.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long violationCount(long periodId) {
        return violations.count(periodId, currentUser.scope());
    }
}
