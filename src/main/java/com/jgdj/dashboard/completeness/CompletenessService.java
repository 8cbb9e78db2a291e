package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.base.db.SingleStatementRead;
import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@PreAuthorize("isAuthenticated()")
public class CompletenessService {

    private final CompletenessQuery query;
    private final CurrentUser currentUser;
    private final CompletenessExport export;

    CompletenessService(CompletenessQuery query, CurrentUser currentUser, CompletenessExport export) {
        this.query = query;
        this.currentUser = currentUser;
        this.export = export;
    }

    @SingleStatementRead
    public List<CategoryCompletenessRow> byCategory(long periodId) {
        return query.byCategory(periodId, currentUser.scope());
    }

    /** Up to three statements (the counts per state decide which states the page reads): one snapshot. */
    @Transactional(readOnly = true)
    public List<UnitCompletenessRow> units(CompletenessFilter filter, int offset, int limit) {
        return query.units(filter, currentUser.scope(), offset, limit);
    }

    @SingleStatementRead
    public long count(CompletenessFilter filter) {
        return query.count(filter, currentUser.scope());
    }

    /** The period's 报送情况 as an .xlsx workbook: a summary sheet by category and one row per unit. */
    @Transactional(readOnly = true)
    public byte[] exportXlsx(CompletenessFilter filter, String periodName, String filterDescription) {
        List<CategoryCompletenessRow> categories = query.byCategory(filter.periodId(), currentUser.scope());
        List<UnitCompletenessRow> units = query.units(filter, currentUser.scope(), 0, Integer.MAX_VALUE);
        return export.write(periodName, filterDescription, categories, units);
    }
}
