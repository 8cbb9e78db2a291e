package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

import java.util.Optional;

/** The link from the unit page to the list of the unit's reports, right under the unit's particulars. */
@org.springframework.stereotype.Component
@Order(-20)
class UnitSubmissionsLinkSection implements UnitPageSection {

    @Override
    public Optional<Component> create(UnitPageContext context, UnitPage page) {
        return Optional.of(SubmissionNavigation.listAnchor(UnitId.of(context.unitId()), "查看本单位报送材料"));
    }
}
