package com.jgdj.dashboard.orgunit.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A section that a later feature adds to the unit page (a Spring bean), so that the unit feature does not depend on
 * the features that build on it. Empty when the section has nothing to show for the unit.
 */
public interface UnitPageSection {

    Optional<Component> create(UnitPageContext context, UnitPage page);
}
