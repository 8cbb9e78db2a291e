package com.jgdj.dashboard.orgunit;

/** Filter of the unit list: name infix and category, either may be null. */
public record OrgUnitFilter(String nameContains, Long categoryId, boolean includeInactive) {

    public static final OrgUnitFilter NONE = new OrgUnitFilter(null, null, true);
}
