package com.jgdj.dashboard.base;

/**
 * The product's name, shown by the shell and the login page. It lives here, below both, so that the login view
 * (security) does not depend on the shell (base.ui), which depends on security.
 */
public final class Product {

    public static final String NAME = "机关党建考核看板";

    private Product() {
    }
}
