package com.jgdj.dashboard.unitpage;

/** A count in the unit's report that is evidence for a dimension (through its indicator), with its place. */
public record DimensionEvidenceRow(int ordinal, String indicator, String text, int startOffset, int quantityStart,
                                   int endOffset) {
}
