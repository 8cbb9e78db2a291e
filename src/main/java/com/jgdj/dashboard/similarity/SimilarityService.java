package com.jgdj.dashboard.similarity;

import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 疑似雷同: computes the suspicious pairs of a period (pairs of units' latest reports, and each unit's report against
 * its own report of the previous period; candidates from the stored fingerprints, see {@link #compute}) and serves
 * the list, the side-by-side view and the flags.
 * Advisory only: nothing here changes a grade.
 */
@Service
public class SimilarityService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SimilarityService.class);

    private final SimilarityQuery query;
    private final AuditService audit;
    private final Clock clock;
    private final CopyDetector detector = new CopyDetector();

    /**
     * Common phrasing is learnt from this period's latest reports, up to this many of them (the same ones every
     * time), counting units: a sentence more than 30 % of them used is common language. Each unit writes its own
     * report, so one period is enough; a sample of 400 estimates a 30 % share within a few points.
     */
    static final int LEARN_FROM = 400;
    /** A fingerprint hash in more than this many reports of the period proposes no candidate pair. */
    static final int CANDIDATE_MAX_REPORTS = 10;
    /** Candidates share at least this many fingerprint hashes (a passage of 50 characters has about ten). */
    static final int CANDIDATE_MIN_SHARED = 4;

    private final SimilarityFingerprints fingerprints;
    private final CurrentUser currentUser;

    SimilarityService(SimilarityQuery query, SimilarityFingerprints fingerprints, AuditService audit, Clock clock,
                      CurrentUser currentUser) {
        this.query = query;
        this.fingerprints = fingerprints;
        this.currentUser = currentUser;
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

    /**
     * Candidates come from the stored fingerprints in SQL; only their texts (and the sample common phrasing is
     * learnt from) are read and compared exactly, so a period of 5,000 reports is never loaded into memory.
     */
    private DetectionResult compute(long periodId) {
        long start = System.nanoTime();
        Optional<Long> previous = query.previousPeriod(periodId);
        List<Long> periods = new ArrayList<>(List.of(periodId));
        previous.ifPresent(periods::add);
        int fingerprinted = fingerprints.storeMissing(periods);
        int reports = query.reportCount(periodId);
        long indexed = System.nanoTime();

        CommonPhrasing.Learner learner = new CommonPhrasing.Learner(detector.settings());
        for (SimilarityQuery.Report r : query.sample(periodId, LEARN_FROM)) {
            learner.add(r.text(), r.unitId());
        }
        CommonPhrasing common = learner.build();
        long learnt = System.nanoTime();

        List<long[]> peerCandidates = query.peerCandidates(periodId, CANDIDATE_MAX_REPORTS, CANDIDATE_MIN_SHARED);
        List<long[]> previousCandidates = previous.map(p -> query.previousCandidates(periodId, p,
                CANDIDATE_MAX_REPORTS, CANDIDATE_MIN_SHARED)).orElse(List.of());
        long candidates = System.nanoTime();
        Set<Long> ids = new HashSet<>();
        peerCandidates.forEach(c -> { ids.add(c[0]); ids.add(c[1]); });
        previousCandidates.forEach(c -> { ids.add(c[0]); ids.add(c[1]); });
        Map<Long, SimilarityQuery.Report> byId = new HashMap<>();
        Map<Long, ShingledText> shingled = new HashMap<>();
        for (SimilarityQuery.Report r : ids.isEmpty() ? List.<SimilarityQuery.Report>of() : query.reports(ids)) {
            byId.put(r.submissionId(), r);
            shingled.put(r.submissionId(), ShingledText.of(r.text(), detector.settings().shingleSize()));
        }

        List<Found> peers = new ArrayList<>();
        for (long[] c : peerCandidates) {
            // a is the report of the unit with the smaller id, as the list and the flags show it
            boolean swap = byId.get(c[0]).unitId() > byId.get(c[1]).unitId();
            long a = swap ? c[1] : c[0];
            long b = swap ? c[0] : c[1];
            SimilarPair p = detector.compare(shingled.get(a), shingled.get(b), common, 0, 1);
            if (detector.isSuspicious(p)) {
                peers.add(new Found(a, b, byId.get(a).unitId(), byId.get(b).unitId(), p));
            }
        }
        peers.sort(Comparator.comparingLong(Found::unitA).thenComparingLong(Found::unitB));
        List<Found> earlier = new ArrayList<>();
        for (long[] c : previousCandidates) {
            SimilarPair p = detector.compare(shingled.get(c[0]), shingled.get(c[1]), common, 0, 0);
            if (detector.isSuspicious(p)) {
                earlier.add(new Found(c[0], c[1], byId.get(c[0]).unitId(), byId.get(c[1]).unitId(), p));
            }
        }
        earlier.sort(Comparator.comparingLong(Found::unitA));

        query.deleteForPeriod(periodId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Found f : peers) {
            query.insert(periodId, "PEER", f.a(), f.b(), f.pair(), now);
        }
        for (Found f : earlier) {
            query.insert(periodId, "PREVIOUS", f.a(), f.b(), f.pair(), now);
        }
        log.debug("疑似雷同 of period {}: {} reports ({} fingerprinted now, {} ms), common phrasing learnt in {} ms, "
                        + "{} + {} candidate pairs in {} ms, {} texts compared and {} + {} pairs stored in {} ms",
                periodId, reports, fingerprinted, (indexed - start) / 1_000_000, (learnt - indexed) / 1_000_000,
                peerCandidates.size(), previousCandidates.size(), (candidates - learnt) / 1_000_000, ids.size(),
                peers.size(), earlier.size(), (System.nanoTime() - candidates) / 1_000_000);
        return new DetectionResult(reports, peers.size(), earlier.size());
    }

    private record Found(long a, long b, long unitA, long unitB, SimilarPair pair) {
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

    /**
     * The suspicious pairs of a unit's latest report of the period (null: its latest reported period), for the unit
     * page; empty for a liaison, since 疑似雷同 is for the committee.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SimilarityFlag> unitFlags(long unitId, Long periodId) {
        if (currentUser.hasRole(Role.REPORTER)) {
            return List.of();
        }
        return query.unitFlags(unitId, periodId);
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
