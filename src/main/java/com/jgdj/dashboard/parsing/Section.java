package com.jgdj.dashboard.parsing;

/**
 * A contiguous stretch of the text with one part. {@code heading} is the heading text that opened it, or the
 * first words of the transition sentence, or null for the opening; [start, end) covers the whole stretch.
 */
public record Section(Part part, String heading, int headingLevel, int start, int end) {
}
