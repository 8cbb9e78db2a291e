package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.jgdj.dashboard.unitpage.UnitProfileService;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

import java.time.Clock;
import java.util.Optional;

/**
 * The unit page for a period. One bean builds all the cards from one {@code UnitProfile}, so a page load or a
 * period change runs one round of queries and every card shows the same period.
 */
@org.springframework.stereotype.Component
@Order(0)
class UnitProfileSection implements UnitPageSection {

    private final UnitProfileService service;
    private final Clock clock;

    UnitProfileSection(UnitProfileService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(UnitPageContext context, UnitPage page) {
        return service.profile(UnitId.of(context.unitId()), PeriodId.orNull(context.periodId()), context.dimensionId())
                .map(profile -> new UnitProfilePanel(profile, context, page, service, clock));
    }
}
