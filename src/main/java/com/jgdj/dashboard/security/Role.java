package com.jgdj.dashboard.security;

/** The four roles of the product; the constants are the Spring Security role names (without ROLE_). */
public enum Role {
    ADMIN("系统管理员"),
    ASSESSOR("考核人员"),
    LEADER("领导"),
    REPORTER("单位联络员");

    public static final String ADMIN_NAME = "ADMIN";
    public static final String ASSESSOR_NAME = "ASSESSOR";
    public static final String LEADER_NAME = "LEADER";
    public static final String REPORTER_NAME = "REPORTER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
