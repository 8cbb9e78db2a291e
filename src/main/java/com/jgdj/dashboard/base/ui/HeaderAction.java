package com.jgdj.dashboard.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature offers in the shell's header beside the user's name (a Spring bean, e.g. 修改密码), so that the
 * shell does not depend on the features that build on it.
 */
public interface HeaderAction {

    Component create();
}
