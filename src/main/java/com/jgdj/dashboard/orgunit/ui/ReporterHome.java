package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.SignedInUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A 单位联络员's home is its own unit's page, not the city overview: opening {@code /} (after signing in, or from the
 * menu's 总览) takes a reporter to {@code /units/{its unit}}, where 报送任务 shows what is due.
 */
@Component
class ReporterHome implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ReporterHome(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getPath().isEmpty()) {
            return;
        }
        currentUser.get().filter(u -> u.role() == Role.REPORTER && u.unitId() != null).map(SignedInUser::unitId)
                .ifPresent(unitId -> OrgUnitNavigation.forwardToUnit(event, UnitId.of(unitId)));
    }
}
