package com.jgdj.dashboard.similarity;

/**
 * Tuning of the copy detector.
 *
 * @param shingleSize         characters per shingle (letters and digits only)
 * @param commonShare         a shingle in more than this share of the compared reports is common phrasing
 * @param minCommonDocuments  ... and in at least this many reports
 * @param minPassage          a shared passage counts only with at least this many own (not common) letters/digits
 * @param minScore            suspicious from this share of the shorter report covered by shared passages
 * @param minLongestPassage   ... and with at least one passage of this many characters of the original text
 */
public record SimilaritySettings(int shingleSize, double commonShare, int minCommonDocuments, int minPassage,
                                 double minScore, int minLongestPassage) {

    /** Chosen on the five seed reports (best pair score 0.0 after exclusion) and on planted copies. */
    public static final SimilaritySettings DEFAULT = new SimilaritySettings(8, 0.30, 3, 20, 0.15, 50);

    public SimilaritySettings {
        if (shingleSize < 2 || commonShare <= 0 || commonShare > 1 || minCommonDocuments < 1 || minPassage < shingleSize
                || minScore < 0 || minScore > 1 || minLongestPassage < 1) {
            throw new IllegalArgumentException("invalid similarity settings");
        }
    }
}
