package com.jgdj.dashboard.orgunit;

/** The kind of Party organization; the database stores the Chinese name itself. */
public enum OrgType {
    党组, 党委, 机关党委, 党总支, 党支部
}
