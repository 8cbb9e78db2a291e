package com.jgdj.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A page title with optional actions on the right. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, Component... actions) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("view-header");
        H2 heading = new H2(title);
        add(heading);
        setFlexGrow(1, heading);
        add(actions);
    }
}
