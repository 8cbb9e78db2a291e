package com.jgdj.dashboard.orgunit;

/** One line of the unit list, with its category name resolved in SQL. */
public record OrgUnitRow(long id, String name, String shortName, String categoryName, String orgType,
                         String secretaryName, String contactName, String contactPhone, boolean active) {
}
