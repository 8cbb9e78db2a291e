package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.ui.DownloadNames;
import com.jgdj.dashboard.findings.FindingsFilter;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * What the findings lists share: the period (changing it keeps the other filters), the unit filters read from the
 * address and shown in words, and the 导出 Excel link that writes all findings under the same filters.
 */
abstract class FindingsPage extends VerticalLayout implements BeforeEnterObserver {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final ComboBox<PeriodRow> period = new ComboBox<>("报送期");
    final Span filterLine = new Span();
    final Span summary = new Span();
    final Anchor export;
    final FindingsService service;
    private final OrgUnitService units;
    private final List<PeriodRow> periods;
    FindingsFilter filter;

    FindingsPage(FindingsService service, ReportingPeriodService periodService, OrgUnitService units, String route) {
        this.service = service;
        this.units = units;
        this.periods = periodService.list();
        setSizeFull();
        period.setItems(periods);
        period.setItemLabelGenerator(PeriodRow::name);
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && filter != null) {
                FindingsNavigation.toFindings(route, new FindingsFilter(e.getValue().id(), filter.categoryId(),
                        filter.parentUnitId(), filter.grade()));
            }
        });
        filterLine.setId("findings-filter");
        export = new Anchor(DownloadHandler.fromInputStream(e -> {
            String periodName = period.getValue().name();
            byte[] bytes = service.exportXlsx(filter, periodName, filterLine.getText());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    DownloadNames.safe(periodName + "核查发现.xlsx", "xlsx", "核查发现"), XLSX, bytes.length);
        }), "导出 Excel");
        export.getElement().setAttribute("download", true);
        export.setId("findings-export");
    }

    abstract void show(FindingsFilter filter);

    abstract void showNothing();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        Long wanted = UrlParams.longParam(params, UrlParams.PERIOD).orElse(null);
        PeriodRow selected = periods.stream().filter(p -> wanted != null && p.id() == wanted).findFirst()
                .or(() -> ReportingPeriodService.current(periods)).or(() -> periods.stream().findFirst()).orElse(null);
        period.setValue(selected);
        export.setEnabled(selected != null);
        if (selected == null) {
            filter = null;
            showNothing();
            return;
        }
        filter = FindingsNavigation.filter(params, selected.id());
        filterLine.setText(units.filterDescription(filter.categoryId(), filter.parentUnitId(), filter.grade()));
        show(filter);
    }
}
