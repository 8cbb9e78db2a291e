package com.jgdj.dashboard.base.ui.error;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What every error view shows inside the app shell: a Chinese heading, one sentence, and a way back (the
 * overview, or the previous page). The precise cause goes to the log, never to the page.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        addClassName("error-view");
    }

    protected final void show(String heading, String sentence) {
        title = heading;
        removeAll();
        Anchor home = UrlParams.homeAnchor("返回总览");
        home.addClassName("error-home");
        Button back = new Button("返回上一页", e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        add(new ViewHeader(heading), new Paragraph(sentence), ways(home, back));
    }

    private static HorizontalLayout ways(Anchor home, Button back) {
        HorizontalLayout ways = new HorizontalLayout(home, back);
        ways.setAlignItems(FlexComponent.Alignment.BASELINE);
        return ways;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
