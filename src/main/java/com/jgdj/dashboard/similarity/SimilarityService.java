package com.jgdj.dashboard.similarity;

import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.UserInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 疑似雷同: computes the suspicious pairs of a period (every pair of units' latest reports, and each unit's report
 * against its own report of the previous period) and serves the list, the side-by-side view and the flags.
 * Advisory only: nothing here changes a grade.
 */
@Service
public class SimilarityService {

    private final SimilarityQuery query;
    private final AuditService audit;
    private final Clock clock;
    private final CopyDetector detector = new CopyDetector();

    /**
     * Common phrasing is learnt from this period's reports and those of the three periods nearest to it, counting
     * units (not reports): a sentence more than 30 % of the units used in these periods is common language, while
     * a passage two units share is not, however often each of them repeats its own wording.
     */
    static final int NEIGHBOUR_PERIODS = 3;

    SimilarityService(SimilarityQuery query, AuditService audit, Clock clock) {
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    public record DetectionResult(int reports, int peerPairs, int previousPairs) {
    }

    /** "检测雷同": replaces the period's pairs by a fresh computation, in one transaction. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public DetectionResult detect(long periodId) {
        if (!query.periodExists(periodId)) {
            throw new UserInputException("考核期不存在");
        }
        DetectionResult result = compute(periodId);
        audit.record("SIMILARITY_DETECTED", "reporting_period", periodId, "检测雷同：" + result.reports() + " 份报告，"
                + result.peerPairs() + " 对单位间疑似雷同，" + result.previousPairs() + " 份疑似照搬上期报告");
        return result;
    }

    /** The same computation for the demo loader, which runs without a signed-in user. */
    @Transactional
    public DetectionResult detectForDemo(long periodId) {
        return compute(periodId);
    }

    private DetectionResult compute(long periodId) {
        List<SimilarityQuery.Report> reports = query.reports(periodId);
        Map<Long, SimilarityQuery.Report> previousByUnit = new HashMap<>();
        for (SimilarityQuery.Report r : query.previousReports(periodId)) {
            previousByUnit.put(r.unitId(), r);
        }
        CommonPhrasing.Learner learner = new CommonPhrasing.Learner(detector.settings());
        List<ShingledText> texts = new ArrayList<>();
        for (SimilarityQuery.Report r : reports) {
            ShingledText t = ShingledText.of(r.text(), detector.settings().shingleSize());
            texts.add(t);
            learner.add(t, r.unitId());
        }
        query.eachNeighbourReport(periodId, NEIGHBOUR_PERIODS, learner::add);
        List<String> previousTexts = new ArrayList<>();
        for (SimilarityQuery.Report r : reports) {
            SimilarityQuery.Report p = previousByUnit.get(r.unitId());
            previousTexts.add(p == null ? null : p.text());
        }
        CopyDetector.Comparison c = detector.detectWithPrevious(texts, previousTexts, learner.build());
        query.deleteForPeriod(periodId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (SimilarPair p : c.peers()) {
            query.insert(periodId, "PEER", reports.get(p.a()).submissionId(), reports.get(p.b()).submissionId(), p, now);
        }
        for (SimilarPair p : c.previous()) {
            SimilarityQuery.Report r = reports.get(p.a());
            query.insert(periodId, "PREVIOUS", r.submissionId(), previousByUnit.get(r.unitId()).submissionId(), p, now);
        }
        return new DetectionResult(reports.size(), c.peers().size(), c.previous().size());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public long count(long periodId) {
        return query.count(SimilarityFilter.period(periodId));
    }

    /** The pairs of the period with a unit of the filter on either side. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public long count(SimilarityFilter filter) {
        return query.count(filter);
    }

    /** Most similar first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public List<SimilarityRow> page(SimilarityFilter filter, int offset, int limit) {
        return query.page(filter, offset, limit);
    }

    /** The passages the submission shares with another report, in text order (the reader marks them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public List<SharedSpan> sharedSpans(long submissionId) {
        return query.spans(submissionId);
    }

    /** Most similar first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public List<SimilarityRow> page(long periodId, int offset, int limit) {
        return query.page(SimilarityFilter.period(periodId), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public SimilarityDetails details(long pairId) {
        SimilarityRow row = query.row(pairId).orElseThrow(() -> new UserInputException("该雷同记录不存在（可能已重新检测）"));
        return new SimilarityDetails(row, query.text(row.submissionA()), query.text(row.submissionB()), query.passages(pairId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public List<SimilarityFlag> flags(long submissionId) {
        return query.flags(submissionId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public java.util.Optional<Long> periodOf(long pairId) {
        return query.periodOf(pairId);
    }
}
