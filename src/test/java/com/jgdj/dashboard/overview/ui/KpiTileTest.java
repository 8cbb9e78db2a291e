package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.KpiTiles;
import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A figure tile is markup: what it shows is text, never interpreted as HTML. */
class KpiTileTest {

    @Test
    void a_tile_shows_its_label_and_value_as_text() {
        Html tile = OverviewView.kpi("<b>较差</b>（双约谈）", "1 < 2 & <script>x</script>");
        Document shown = Jsoup.parseBodyFragment(tile.getInnerHtml());
        assertEquals("1 < 2 & <script>x</script>", KpiTiles.value(tile));
        assertEquals("<b>较差</b>（双约谈）", shown.selectFirst(".kpi-label").text());
        assertEquals(0, shown.select("b, script").size());
        assertEquals(2, shown.body().select("span").size());
    }
}
