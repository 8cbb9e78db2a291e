package com.jgdj.dashboard.search.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.search.SearchFilter;
import com.jgdj.dashboard.search.SearchHit;
import com.jgdj.dashboard.search.SearchService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.parsing.Flag;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/**
 * 全文检索: every report the user may read, by words of one or more characters, with filters; each hit shows the
 * text around it with the words marked, and a click opens the report scrolled to the first one.
 */
@Route(SearchNavigation.ROUTE)
@PageTitle("全文检索")
@Menu(order = 32, icon = "vaadin:search", title = "全文检索")
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver {

    final TextField query = new TextField();
    final Button searchButton = new Button("检索", VaadinIcon.SEARCH.create());
    final ComboBox<PeriodRow> periodFilter = new ComboBox<>();
    final ComboBox<UnitOption> unitFilter = new ComboBox<>();
    final ComboBox<CategoryOption> categoryFilter = new ComboBox<>();
    final ComboBox<Grade> gradeFilter = new ComboBox<>();
    final ComboBox<Flag.Code> flagFilter = new ComboBox<>();
    final Grid<SearchHit> grid = new Grid<>(SearchHit.class, false);
    final Span total = new Span();

    private final SearchService service;
    private final OrgUnitService units;
    private final List<PeriodRow> periods;
    private final List<CategoryOption> categories;
    private SearchFilter current = SearchFilter.of("");
    private boolean restoring;

    SearchView(SearchService service, ReportingPeriodService periodService, OrgUnitService units,
               CurrentUser currentUser) {
        this.service = service;
        this.units = units;
        this.periods = periodService.list();
        this.categories = units.categories();
        setSizeFull();
        add(new ViewHeader("全文检索", total));

        query.setPlaceholder("输入要查找的字词，如 党课、廉政；多个词用空格分开，短语加引号");
        query.setWidth("32em");
        query.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, e -> filterChanged());
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        searchButton.addClickListener(e -> filterChanged());
        HorizontalLayout searchRow = new HorizontalLayout(query, searchButton);
        searchRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(searchRow);

        periodFilter.setPlaceholder("全部报送期");
        periodFilter.setItems(periods);
        periodFilter.setItemLabelGenerator(PeriodRow::name);
        unitFilter.setPlaceholder("全部单位");
        unitFilter.setWidth("18em");
        unitFilter.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        unitFilter.setItemLabelGenerator(UnitOption::name);
        categoryFilter.setPlaceholder("全部类别");
        categoryFilter.setItems(categories);
        categoryFilter.setItemLabelGenerator(CategoryOption::name);
        gradeFilter.setPlaceholder("全部等次");
        gradeFilter.setItems(Grade.values());
        gradeFilter.setItemLabelGenerator(Grade::label);
        flagFilter.setPlaceholder("全部质量提示");
        flagFilter.setItems(Flag.Code.values());
        flagFilter.setItemLabelGenerator(Flag.Code::label);
        HorizontalLayout filters = new HorizontalLayout();
        filters.add(periodFilter);
        if (currentUser.scope().isAll()) {
            filters.add(unitFilter, categoryFilter);
        }
        filters.add(gradeFilter, flagFilter);
        for (ComboBox<?> box : List.of(periodFilter, unitFilter, categoryFilter, gradeFilter, flagFilter)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> filterChanged());
        }
        add(filters);

        grid.addColumn(SearchHit::unitName).setHeader("单位").setFlexGrow(2);
        grid.addColumn(SearchHit::periodName).setHeader("报送期").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(SearchView::snippet).setHeader("原文片段").setFlexGrow(6);
        grid.addColumn(h -> h.occurrences() + "处").setHeader("出现").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> SubmissionNavigation.toSubmissionAt(e.getItem().submissionId(),
                e.getItem().firstOffset()));
        grid.setSizeFull();
        grid.setItems(q -> service.search(current, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(service.count(current), SearchService.COUNT_CAP));
        add(grid);
    }

    /** The text around the first hit, every term marked; text nodes only, never markup. */
    static Span snippet(SearchHit hit) {
        Span span = new Span();
        span.addClassName("search-snippet");
        String text = hit.snippet() == null ? "" : hit.snippet();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (hit.snippetStart() > 0) {
            span.add(new Span("…"));
        }
        int at = 0;
        while (at < text.length()) {
            int next = -1;
            String term = null;
            for (String t : hit.terms()) {
                int i = lower.indexOf(t, at);
                if (i >= 0 && (next < 0 || i < next || (i == next && t.length() > term.length()))) {
                    next = i;
                    term = t;
                }
            }
            if (next < 0) {
                span.add(new Span(text.substring(at)));
                break;
            }
            if (next > at) {
                span.add(new Span(text.substring(at, next)));
            }
            Span mark = new Span(text.substring(next, next + term.length()));
            mark.addClassName("hl-hit");
            span.add(mark);
            at = next + term.length();
        }
        span.add(new Span("…"));
        return span;
    }

    SearchFilter filter() {
        return new SearchFilter(query.getValue(),
                periodFilter.getValue() == null ? null : periodFilter.getValue().id(),
                unitFilter.getValue() == null ? null : unitFilter.getValue().id(),
                categoryFilter.getValue() == null ? null : categoryFilter.getValue().id(),
                gradeFilter.getValue(), flagFilter.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        query.setValue(params.getOrDefault(SearchNavigation.QUERY, List.of("")).getFirst());
        periodFilter.setValue(UrlParams.longParam(params, SearchNavigation.PERIOD)
                .flatMap(id -> periods.stream().filter(p -> p.id() == id).findFirst()).orElse(null));
        unitFilter.setValue(UrlParams.longParam(params, SearchNavigation.UNIT).flatMap(units::option).orElse(null));
        categoryFilter.setValue(UrlParams.longParam(params, SearchNavigation.CATEGORY)
                .flatMap(id -> categories.stream().filter(c -> c.id() == id).findFirst()).orElse(null));
        gradeFilter.setValue(UrlParams.enumParam(params, SearchNavigation.GRADE, Grade.class).orElse(null));
        flagFilter.setValue(UrlParams.enumParam(params, SearchNavigation.FLAG, Flag.Code.class).orElse(null));
        restoring = false;
        refresh();
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        SearchNavigation.showFilter(filter());
        refresh();
    }

    private void refresh() {
        SearchFilter next = filter();
        try {
            SearchService.terms(next);
        } catch (UserInputException e) {
            query.setInvalid(true);
            query.setErrorMessage(e.getMessage());
            return;
        }
        query.setInvalid(false);
        current = next;
        grid.getDataProvider().refreshAll();
        long count = service.count(current);
        if (SearchService.terms(current).isEmpty()) {
            total.setText("");
        } else if (count > SearchService.COUNT_CAP) {
            total.setText("超过 " + SearchService.COUNT_CAP + " 份，按上传时间由近及远列出前 " + SearchService.COUNT_CAP
                    + " 份；请加筛选条件");
        } else {
            total.setText("共 " + count + " 份");
        }
    }
}
