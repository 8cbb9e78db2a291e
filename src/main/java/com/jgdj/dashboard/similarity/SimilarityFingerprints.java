package com.jgdj.dashboard.similarity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Stores the {@link Fingerprint} of reports in {@code similarity_fingerprint}, inside the caller's transaction: when
 * a report is stored (the demo loader) or, for reports stored without one, when its period is first compared.
 */
@Service
public class SimilarityFingerprints {

    /** A stored report's normalised text, the one the reader shows. */
    public record Text(long submissionId, String text) {
    }

    private final SimilarityQuery query;
    private final SimilaritySettings settings = SimilaritySettings.DEFAULT;

    SimilarityFingerprints(SimilarityQuery query) {
        this.query = query;
    }

    @Transactional
    public void store(List<Text> reports) {
        if (reports.isEmpty()) {
            return;
        }
        List<long[]> hashes = reports.parallelStream().map(r -> Fingerprint.of(r.text(), settings)).toList();
        query.storeFingerprints(reports.stream().map(Text::submissionId).toList(), hashes);
    }

    /** Fingerprints the latest reports of the periods that have none yet; returns how many. */
    int storeMissing(List<Long> periodIds) {
        List<Text> missing = query.unfingerprinted(periodIds).stream()
                .map(r -> new Text(r.submissionId(), r.text())).toList();
        store(missing);
        return missing.size();
    }
}
