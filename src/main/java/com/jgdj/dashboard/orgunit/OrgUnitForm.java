package com.jgdj.dashboard.orgunit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator edits about a unit. {@code version} is the version the form was loaded at
 * (null for a new unit), so a concurrent edit is detected instead of overwritten.
 */
public record OrgUnitForm(Long id, Long version,
                          @NotBlank(message = "请填写单位名称") @Size(max = 100, message = "单位名称不能超过100个字") String name,
                          @Size(max = 50, message = "简称不能超过50个字") String shortName,
                          @NotNull(message = "请选择单位类别") Long categoryId,
                          Long parentId,
                          @NotNull(message = "请选择组织类型") OrgType orgType,
                          @Size(max = 50, message = "书记姓名不能超过50个字") String secretaryName,
                          @Size(max = 50, message = "联系人不能超过50个字") String contactName,
                          @Size(max = 30, message = "联系电话不能超过30个字") String contactPhone,
                          boolean active) {

    public static OrgUnitForm empty() {
        return new OrgUnitForm(null, null, "", "", null, null, OrgType.机关党委, "", "", "", true);
    }
}
