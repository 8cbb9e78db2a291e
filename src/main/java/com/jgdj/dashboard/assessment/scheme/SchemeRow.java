package com.jgdj.dashboard.assessment.scheme;

/** A scheme in the list of schemes; {@code year} is null for the default. */
public record SchemeRow(long id, Integer year, String name, boolean locked) {
}
