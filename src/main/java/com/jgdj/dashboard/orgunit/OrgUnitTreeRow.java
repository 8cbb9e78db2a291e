package com.jgdj.dashboard.orgunit;

/** One unit in the tree of the units page, with the number of its children that the filter shows. */
public record OrgUnitTreeRow(long id, String name, String shortName, String categoryName, String orgType,
                             String secretaryName, String contactName, String contactPhone, boolean active,
                             long children) {

    public boolean hasChildren() {
        return children > 0;
    }
}
