package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

import java.util.List;

/** Clicking ApexCharts shapes the way a person does, for the end-to-end tests and the load run. */
public final class ChartShapes {

    /** How long a shape may take to be drawn, stand still and be uncovered. */
    private static final long PATIENCE_MS = 10_000;

    /**
     * Where the shape is and a point of it that nothing covers: [x, y, left, top, width, height], or null when no
     * point of it is uncovered.
     */
    private static final String UNCOVERED_POINT = """
            el => {
              const b = el.getBoundingClientRect();
              for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
                const x = b.left + b.width * i / 12, y = b.top + b.height * j / 12;
                const hit = document.elementFromPoint(x, y);
                if (hit === el || el.contains(hit)) return [x, y, b.left, b.top, b.width, b.height];
              }
              return null;
            }""";

    private ChartShapes() {
    }

    /**
     * A real mouse click on a point of an SVG shape that is not covered by anything else (a data label, another
     * shape): ApexCharts draws labels over bars and cells, and a donut slice's box centre lies in the hole.
     * <p>
     * A chart that has just been drawn is still animating its shapes from nothing, and ApexCharts draws a chart again
     * (new shapes) when its container changes size, e.g. while the page around it is still being laid out. So the
     * shape is looked up afresh until it has stood still (the same box twice, 150 ms apart) with an uncovered point,
     * for up to 10 s, and only then clicked.
     */
    public static void click(Page page, Locator shape) {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        List<Number> previous = null;
        PlaywrightException lastError = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                shape.scrollIntoViewIfNeeded();
                @SuppressWarnings("unchecked")
                List<Number> found = (List<Number>) shape.evaluate(UNCOVERED_POINT);
                if (found != null && found.equals(previous)) {
                    page.mouse().click(found.get(0).doubleValue(), found.get(1).doubleValue());
                    return;
                }
                previous = found;
            } catch (PlaywrightException e) {
                // the shape was replaced while we looked at it (the chart drew itself again): look it up again
                lastError = e;
                previous = null;
            }
            page.waitForTimeout(150);
        }
        throw new IllegalStateException("the chart shape did not stand still with an uncovered point within "
                + PATIENCE_MS / 1000 + " s", lastError);
    }
}
