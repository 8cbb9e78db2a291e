package com.jgdj.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Reads the overview's figure tiles (one {@code Html} element each) in view tests. */
public final class KpiTiles {

    private KpiTiles() {
    }

    /** The figure a tile shows: the tile itself, or the link that holds one. */
    public static String value(Component tileOrLink) {
        Html tile = tileOrLink instanceof Html html ? html
                : _get(tileOrLink, Html.class, spec -> spec.withClasses("kpi-card"));
        return Jsoup.parse(tile.getInnerHtml()).selectFirst(".kpi-value").text();
    }
}
