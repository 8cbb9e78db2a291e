package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.unitpage.UnitProfileService;
import com.jgdj.dashboard.unitpage.UnitSubmissionRow;
import com.vaadin.flow.component.grid.Grid;

/** Every version of every report of the unit, lazily, each linking to its report page. */
class UnitSubmissionsGrid extends Grid<UnitSubmissionRow> {

    UnitSubmissionsGrid(UnitProfileService service, long unitId) {
        setId("unit-submissions");
        addColumn(UnitSubmissionRow::periodName).setHeader("报送期").setAutoWidth(true);
        addColumn(r -> "第" + r.versionNo() + "版" + (r.latest() ? "（当前）" : "")).setHeader("版本").setAutoWidth(true);
        addComponentColumn(r -> SubmissionNavigation.anchor(r.id(), r.fileName())).setHeader("文件").setFlexGrow(1);
        addColumn(r -> Formats.dateTime(r.submittedAt())).setHeader("报送时间").setAutoWidth(true);
        addColumn(r -> r.status().label() + (r.late() ? "（逾期）" : "")).setHeader("状态").setAutoWidth(true);
        addColumn(UnitSubmissionRow::flagCount).setHeader("问题标记").setAutoWidth(true);
        setItems(q -> service.submissions(unitId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.submissionCount(unitId));
        setAllRowsVisible(true);
    }
}
