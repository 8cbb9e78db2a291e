package com.jgdj.dashboard.similarity;

import java.util.List;

/** A pair with both normalised texts and its shared passages (offsets into each text). */
public record SimilarityDetails(SimilarityRow row, String textA, String textB, List<SharedPassage> passages) {
}
