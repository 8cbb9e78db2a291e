package com.jgdj.dashboard.submission;

import org.springframework.security.access.prepost.PreAuthorize;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.period.Deadlines;
import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.PeriodStatus;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ParsedReport;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportPeriod;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportText;
import com.jgdj.dashboard.parsing.ReportTextParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads, parses and stores one submitted file for a unit and period. A refused file stores nothing; the same
 * bytes again change nothing; new content becomes a new version and the old one is kept.
 */
@Service
public class SubmissionImportService {

    /** Deadlines are calendar days in China: a report is on time until the end of the deadline day. */
    public static final ZoneId ZONE = Deadlines.ZONE;

    private static final Logger log = LoggerFactory.getLogger(SubmissionImportService.class);

    private final SubmissionQuery query;
    private final SubmissionWriter writer;
    private final ParsedReportStore parsedStore;
    private final ReportingPeriodService periods;
    private final IndicatorService indicators;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ReportFileReader reader;
    private final ReportTextParser parser = new ReportTextParser();

    SubmissionImportService(SubmissionQuery query, SubmissionWriter writer, ParsedReportStore parsedStore,
                            ReportingPeriodService periods, IndicatorService indicators, CurrentUser currentUser,
                            AuditService audit, Clock clock,
                            @Value("${dashboard.upload.max-bytes:#{T(com.jgdj.dashboard.parsing.ReportFileReader).DEFAULT_MAX_BYTES}}")
                            long maxBytes) {
        this.query = query;
        this.writer = writer;
        this.parsedStore = parsedStore;
        this.periods = periods;
        this.indicators = indicators;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.reader = new ReportFileReader(maxBytes);
    }

    /** The accepted formats in one Chinese sentence, for the upload page. */
    public String acceptedFormats() {
        return ReportFileReader.FORMATS;
    }

    /** The accepted file name endings; the server checks them again on every file. */
    public java.util.List<String> acceptedExtensions() {
        return ReportFileReader.EXTENSIONS;
    }

    /**
     * The one upload limit: {@code dashboard.upload.max-bytes}, by default the reader's 10 MB. The upload page, the
     * upload handler (while streaming) and the request filter in front of everything all take it from here.
     */
    public long maxBytes() {
        return reader.maxBytes();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'REPORTER')")
    public ImportResult importFile(UnitId unit, PeriodId periodOfReport, String fileName, byte[] bytes) {
        long unitId = unit.value();
        long periodId = periodOfReport.value();
        if (!currentUser.scope().includes(unitId)) {
            throw new UserInputException("您只能为本单位报送材料");
        }
        PeriodRow period = periods.find(periodId).orElseThrow(() -> new UserInputException("该报送期不存在"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean late = isLate(now, period);
        boolean reporter = currentUser.hasRole(Role.REPORTER);
        if (reporter) {
            checkReporterMayStillSubmit(unitId, period, late);
        }
        String sha = Sha256.hex(bytes);
        var same = query.versionWithContent(unitId, periodId, sha);
        if (same.isPresent()) {
            return new ImportResult(ImportResult.Outcome.UNCHANGED, same.get().id(), same.get().versionNo(), 0,
                    "与已报送的第" + same.get().versionNo() + "版内容相同，未重复导入");
        }
        var latest = query.latestVersion(unitId, periodId);
        if (reporter && latest.isPresent() && latest.get().status() == SubmissionStatus.ACCEPTED) {
            throw new UserInputException("本单位该期材料已被接收；如需更换，请联系考核人员退回后再报送");
        }
        ReportText text = read(bytes, fileName);
        ParsedReport parsed = parser.parse(text.text(), ParseContext.of(indicators.dictionary().dictionary(),
                new ReportPeriod(period.year(), period.kind() == PeriodKind.H1 ? ReportPeriod.Kind.H1 : ReportPeriod.Kind.ANNUAL)));
        int versionNo = latest.map(v -> v.versionNo() + 1).orElse(1);
        long id;
        try {
            id = writer.insertNewVersion(new SubmissionWriter.NewSubmission(unitId, periodId, versionNo, parsed.title(),
                    parsed.text(), fileName, text.fileType().name().toLowerCase(java.util.Locale.ROOT),
                    text.encoding(), bytes, sha, now, currentUser.username(), late));
        } catch (DataIntegrityViolationException e) {
            log.warn("Concurrent submission for unit {} period {}: {}", unitId, periodId, e.getMessage());
            throw new UserInputException("有人正在同时报送本单位该期材料，请刷新后重试");
        }
        parsedStore.store(List.of(new ParsedReportStore.Parsed(id, parsed)), indicators.dictionary().idsByName());
        audit.record("SUBMISSION_IMPORTED", "submission", id,
                fileName + "（第" + versionNo + "版，" + (late ? "逾期" : "按时") + "，" + parsed.flags().size() + "项提示）");
        return new ImportResult(ImportResult.Outcome.IMPORTED, id, versionNo, parsed.flags().size(),
                "已导入第" + versionNo + "版" + (late ? "（逾期报送）" : "")
                        + (parsed.flags().isEmpty() ? "" : "，发现" + parsed.flags().size() + "项质量提示"));
    }

    /**
     * Records a file the upload page refused (too big, wrong format, unreadable, not allowed for the user): who, the
     * unit and period it was meant for where known, the file name and the reason. Only the audit entry is stored, in
     * a transaction of its own (the refused import's transaction rolled back).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'REPORTER')")
    public void recordRefusal(UnitId unit, PeriodId period, String fileName, String reason) {
        audit.record(AuditEntry.of("SUBMISSION_REFUSED", "submission", null, fileName + "：" + reason)
                .unit(unit == null ? null : unit.value()).period(period == null ? null : period.value()));
    }

    static boolean isLate(OffsetDateTime at, PeriodRow period) {
        return Deadlines.passed(period.deadline(), at.toInstant());
    }

    private void checkReporterMayStillSubmit(long unitId, PeriodRow period, boolean late) {
        if (period.status() == PeriodStatus.CLOSED) {
            throw new UserInputException(period.name() + "已关闭，不能再报送");
        }
        if (late && !query.hasException(unitId, period.id())) {
            throw new UserInputException("已过" + period.name() + "报送截止日期（" + period.deadline()
                    + "）；如需补报，请联系系统管理员开放补报");
        }
    }

    private ReportText read(byte[] bytes, String fileName) {
        try {
            return reader.read(bytes, fileName);
        } catch (ReportReadException e) {
            log.info("Refused {}: {}", fileName, e.detail());
            throw new UserInputException(e.userMessage());
        }
    }
}
