package com.jgdj.dashboard.ranking.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * Something a later feature offers in the ranking page's header for the selected period (a Spring bean), so that
 * the ranking feature does not depend on the features that build on it. Empty when there is nothing to offer.
 */
public interface RankingPeriodAction {

    Optional<Component> create(long periodId);
}
