package com.jgdj.dashboard.indicator;

/** What an administrator edits about an indicator; {@code version} guards against concurrent edits. */
public record IndicatorForm(Long id, Long version, String name, String patterns, int sortOrder, boolean active) {
}
