package com.jgdj.dashboard.orgunit;

/** Everything the unit page shows about the unit itself. */
public record OrgUnitDetails(long id, long version, String name, String shortName, long categoryId,
                             String categoryName, Long parentId, String parentName, OrgType orgType,
                             String secretaryName, String contactName, String contactPhone, boolean active) {

    public OrgUnitForm toForm() {
        return new OrgUnitForm(id, version, name, shortName, categoryId, parentId, orgType, secretaryName,
                contactName, contactPhone, active);
    }
}
