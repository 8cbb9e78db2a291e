package com.jgdj.dashboard.auditlog;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.ranking.ExportFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The audit page (administrators only): a page of the log, its count, and the filtered log as Excel. */
@Service
public class AuditLogService {

    private final AuditLogQuery query;
    private final OrgUnitService units;
    private final Clock clock;

    AuditLogService(AuditLogQuery query, OrgUnitService units, Clock clock) {
        this.query = query;
        this.units = units;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        return query.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        return query.count(filter);
    }

    /** Every entry of the filter, newest first, in one read-only transaction (one snapshot of the log). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ExportFile export(AuditFilter filter) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        byte[] bytes = AuditExport.write(describe(filter), clock, (offset, limit) -> query.page(filter, offset, limit));
        return new ExportFile("审计日志-" + now.atZoneSameInstant(Formats.ZONE).toLocalDate() + ".xlsx", bytes);
    }

    String describe(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            parts.add("时间 " + day(f.from()) + " 至 " + day(f.to()));
        }
        if (f.username() != null && !f.username().isBlank()) {
            parts.add("用户 " + f.username().trim());
        }
        if (f.unitId() != null) {
            parts.add("单位 " + units.option(f.unitId()).map(u -> u.name()).orElse("#" + f.unitId()));
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            parts.add("类型 " + AuditKind.of(f.kind()).label());
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    private static String day(LocalDate d) {
        return d == null ? "不限" : Formats.date(d);
    }
}
