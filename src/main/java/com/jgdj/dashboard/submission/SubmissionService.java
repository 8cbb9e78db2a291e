package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.base.db.SingleStatementRead;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Reading submitted reports and moving them through 已报送 → 退回修改 / 已接收. */
@Service
public class SubmissionService {

    private final SubmissionQuery query;
    private final SubmissionWriter writer;
    private final CurrentUser currentUser;
    private final AuditService audit;

    SubmissionService(SubmissionQuery query, SubmissionWriter writer, CurrentUser currentUser, AuditService audit) {
        this.query = query;
        this.writer = writer;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @SingleStatementRead
    @PreAuthorize("isAuthenticated()")
    public List<SubmissionRow> list(SubmissionFilter filter, int offset, int limit) {
        return query.rows(filter, currentUser.scope(), offset, limit);
    }

    @SingleStatementRead
    @PreAuthorize("isAuthenticated()")
    public long count(SubmissionFilter filter) {
        return query.count(filter, currentUser.scope());
    }

    /** Empty when the report does not exist or lies outside the signed-in user's scope. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SubmissionDetails> details(long id) {
        return query.details(id, currentUser.scope());
    }

    /** The report with its text and analysis for a reader; empty outside the user's scope. Reads the text once. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SubmissionReport> report(long id) {
        return query.details(id, currentUser.scope()).map(d -> new SubmissionReport(d, query.analysis(id)));
    }

    /**
     * What the submission details page shows: the report, its counts by indicator and all versions of the unit's
     * report for the period, newest first. Reads the text once.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SubmissionPage> page(long id) {
        return query.details(id, currentUser.scope()).map(d -> new SubmissionPage(
                new SubmissionReport(d, query.analysis(id)), query.indicatorTotals(id),
                query.versions(d.unitId(), d.periodId())));
    }

    /** The parsed structure, counts and flags of a report the user may read (without its text). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ReportAnalysis> analysis(long id) {
        return query.visible(id, currentUser.scope()) ? Optional.of(query.analysis(id)) : Optional.empty();
    }

    /** Where the unit stands with its report for the period; empty when the unit lies outside the user's scope. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UnitPeriodTask> task(UnitId unit, PeriodId period) {
        long unitId = unit.value();
        long periodId = period.value();
        if (!currentUser.scope().includes(unitId)) {
            return Optional.empty();
        }
        SubmissionVersionRow latest = query.versions(unitId, periodId).stream().filter(SubmissionVersionRow::latest)
                .findFirst().orElse(null);
        return Optional.of(new UnitPeriodTask(latest, query.hasException(unitId, periodId)));
    }

    /** The original file as it was uploaded. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> originalFile(long id) {
        return query.visible(id, currentUser.scope()) ? Optional.of(query.fileBytes(id)) : Optional.empty();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public void returnForRevision(long id, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("请填写退回修改的原因");
        }
        if (reason.trim().length() > 500) {
            throw new UserInputException("退回原因不能超过500个字");
        }
        SubmissionDetails s = load(id);
        if (s.status() == SubmissionStatus.RETURNED) {
            throw new UserInputException("该材料已退回修改，正等待单位重新报送");
        }
        change(s, version, SubmissionStatus.RETURNED, reason.trim());
        audit.record("SUBMISSION_RETURNED", "submission", id, reason.trim());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public void accept(long id, long version) {
        SubmissionDetails s = load(id);
        if (s.status() != SubmissionStatus.SUBMITTED) {
            throw new UserInputException("只有“已报送”状态的材料可以接收（当前：" + s.status().label() + "）");
        }
        change(s, version, SubmissionStatus.ACCEPTED, null);
        audit.record("SUBMISSION_ACCEPTED", "submission", id, s.unitName() + " " + s.periodName());
    }

    /** Lets the unit's reporter submit for the period after its deadline. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void grantLateSubmission(UnitId unit, PeriodId period, String reason) {
        long unitId = unit.value();
        long periodId = period.value();
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("请填写开放补报的原因");
        }
        writer.grantException(unitId, periodId, currentUser.username(), reason.trim());
        audit.record("LATE_SUBMISSION_GRANTED", "org_unit", unitId, "报送期 " + periodId + "：" + reason.trim());
    }

    private SubmissionDetails load(long id) {
        SubmissionDetails s = query.details(id, currentUser.scope())
                .orElseThrow(() -> new UserInputException("该材料不存在"));
        if (!s.latest()) {
            throw new UserInputException("只能处理最新版本的材料");
        }
        return s;
    }

    private void change(SubmissionDetails s, long version, SubmissionStatus status, String reason) {
        if (!writer.changeStatus(s.id(), version, status, reason)) {
            throw new ConcurrentEditException("该材料已被他人处理，请刷新后再操作。");
        }
    }
}
