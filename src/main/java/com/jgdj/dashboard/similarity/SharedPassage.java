package com.jgdj.dashboard.similarity;

/**
 * A passage both reports contain. Offsets and lengths are characters of each normalised text; {@code text} is
 * the passage as report A has it. The lengths differ only when the copy was re-punctuated or re-wrapped.
 */
public record SharedPassage(String text, int aStart, int bStart, int aLength, int bLength) {

    /** The passage's length in report A, the {@code length} of the command-line output. */
    public int length() {
        return aLength;
    }
}
