package com.jgdj.dashboard.similarity;

/**
 * A passage of a report that a suspicious pair shares, at [{@code startOffset}, {@code startOffset + length}) of
 * this report's text; {@code otherUnit} is the unit on the other side ({@code previous}: its own earlier report).
 */
public record SharedSpan(long pairId, String otherUnit, boolean previous, int startOffset, int length) {
}
