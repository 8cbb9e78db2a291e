package com.jgdj.dashboard.documents;

import com.jgdj.dashboard.assessment.AssessmentStatus;
import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.grading.QuotaCheck;
import com.jgdj.dashboard.assessment.grading.QuotaPlaces;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.documents.docx.OfficialDocxWriter;
import com.jgdj.dashboard.documents.docx.OfficialText;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.ranking.InterviewService;
import com.jgdj.dashboard.ranking.RankingFilter;
import com.jgdj.dashboard.ranking.RankingRow;
import com.jgdj.dashboard.ranking.RankingService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.unitpage.UnitProfile;
import com.jgdj.dashboard.unitpage.UnitProfileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The documents a published period ends with: the 通报 and each unit's 反馈意见 (.docx, official layout), one unit's
 * or all units' in a .zip. Every generation is audited. A liaison gets its own unit's feedback only.
 */
@Service
public class DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final DocumentTemplateService templates;
    private final ReportingPeriodService periods;
    private final AssessmentWorkflowService workflow;
    private final RankingService rankings;
    private final InterviewService interviews;
    private final UnitProfileService profiles;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final DocumentQuery query;

    DocumentService(DocumentTemplateService templates, ReportingPeriodService periods,
                    AssessmentWorkflowService workflow, RankingService rankings, InterviewService interviews,
                    UnitProfileService profiles, CurrentUser currentUser, AuditService audit, Clock clock,
                    DocumentQuery query) {
        this.templates = templates;
        this.periods = periods;
        this.workflow = workflow;
        this.rankings = rankings;
        this.interviews = interviews;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.query = query;
    }

    /** Whether every assessment of the period is published (已通报): only then are its documents generated. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean published(long periodId) {
        return workflow.progress(periodId).overall() == AssessmentStatus.PUBLISHED;
    }

    /** The text of the period's 通报, as the .docx will read. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public OfficialText noticeText(long periodId) {
        return noticeText(templates.template(TemplateKind.NOTICE), publishedPeriod(periodId));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public DocumentFile notice(long periodId) {
        PeriodRow period = publishedPeriod(periodId);
        byte[] bytes = OfficialDocxWriter.write(noticeText(templates.template(TemplateKind.NOTICE), period));
        audit.record("NOTICE_GENERATED", "reporting_period", periodId, period.name() + "考核结果通报");
        return new DocumentFile(period.name() + "机关党建工作考核结果通报.docx", DocumentFile.DOCX, bytes);
    }

    /** The text of a unit's 反馈意见 for a published period (a liaison: its own unit only). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public OfficialText feedbackText(long unitId, long periodId) {
        PeriodRow period = publishedPeriod(periodId);
        return feedbackText(templates.template(TemplateKind.FEEDBACK), period, profile(unitId, period));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public DocumentFile feedback(long unitId, long periodId) {
        PeriodRow period = publishedPeriod(periodId);
        UnitProfile profile = profile(unitId, period);
        byte[] bytes = OfficialDocxWriter.write(feedbackText(templates.template(TemplateKind.FEEDBACK), period, profile));
        audit.record("FEEDBACK_GENERATED", "org_unit", unitId, period.name() + "考核反馈意见");
        return new DocumentFile(feedbackName(profile.facts().unitName(), period), DocumentFile.DOCX, bytes);
    }

    /** Every ranked unit's 反馈意见 of the period, one .docx each, in one .zip. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public DocumentFile feedbackBundle(long periodId) {
        PeriodRow period = publishedPeriod(periodId);
        TemplateForm template = templates.template(TemplateKind.FEEDBACK);
        List<RankingRow> units = rankings.ranking(new RankingFilter(periodId, null, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (RankingRow unit : units) {
                UnitProfile profile = profile(unit.unitId(), period);
                zip.putNextEntry(new ZipEntry(feedbackName(unit.unitName(), period)));
                zip.write(OfficialDocxWriter.write(feedbackText(template, period, profile)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("FEEDBACK_BUNDLE_GENERATED", "reporting_period", periodId,
                period.name() + "考核反馈意见（" + units.size() + "个单位）");
        return new DocumentFile(period.name() + "机关党建工作考核反馈意见.zip", DocumentFile.ZIP, out.toByteArray());
    }

    /**
     * The feedback the unit page offers: the unit's result in the page's period (or its latest one) when that
     * result is published and the user may read the unit; empty otherwise.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<FeedbackOffer> feedbackOffer(long unitId, Long periodId) {
        if (!currentUser.scope().includes(unitId)) {
            return Optional.empty();
        }
        // the page has loaded the unit's profile already: ask only which result is published (no report text read)
        return query.publishedResultPeriod(unitId, periodId).filter(this::published).flatMap(periods::find)
                .map(p -> new FeedbackOffer(unitId, p.id(), p.name()));
    }

    /** A preview of a template being edited, filled with the latest published period (and its first unit). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<OfficialText> preview(TemplateForm form) {
        Optional<PeriodRow> period = periods.list().stream().filter(p -> published(p.id())).findFirst();
        if (period.isEmpty()) {
            return Optional.empty();
        }
        if (form.kind() == TemplateKind.NOTICE) {
            return Optional.of(noticeText(form, period.get()));
        }
        return rankings.page(new RankingFilter(period.get().id(), null, false), null, 0, 1).stream().findFirst()
                .map(r -> feedbackText(form, period.get(), profile(r.unitId(), period.get())));
    }

    private OfficialText noticeText(TemplateForm template, PeriodRow period) {
        QuotaPlaces places = workflow.quotaPlaces(period.id());
        boolean byCategory = !places.byGroup().isEmpty() && !places.byGroup().containsKey(QuotaCheck.OVERALL);
        List<RankingRow> ranking = rankings.ranking(new RankingFilter(period.id(), null, true));
        return NoticeComposer.compose(template, period.name(), today(), ranking, byCategory,
                interviews.list(period.id()));
    }

    private OfficialText feedbackText(TemplateForm template, PeriodRow period, UnitProfile profile) {
        return FeedbackComposer.compose(template, period.name(), today(), profile);
    }

    private UnitProfile profile(long unitId, PeriodRow period) {
        if (!currentUser.scope().includes(unitId)) {
            LOG.warn("{} asked for the feedback of unit {}, outside its scope", currentUser.username(), unitId);
            throw new AccessDeniedException("只能下载本单位的反馈意见");
        }
        return profiles.profile(UnitId.of(unitId), PeriodId.of(period.id()), null)
                .filter(p -> p.period() != null && p.period().id() == period.id()
                             && p.facts().status() == AssessmentStatus.PUBLISHED)
                .orElseThrow(() -> new UserInputException("该单位在" + period.name() + "没有已通报的考核结果"));
    }

    private PeriodRow publishedPeriod(long periodId) {
        PeriodRow period = periods.find(periodId).orElseThrow(() -> new UserInputException("该报送期已不存在"));
        if (!published(periodId)) {
            LOG.info("Documents of period {} refused: its results are not published", periodId);
            throw new UserInputException(period.name() + "的考核结果尚未通报，不能生成通报和反馈意见");
        }
        return period;
    }

    private static String feedbackName(String unit, PeriodRow period) {
        return unit + period.name() + "考核反馈意见.docx";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
