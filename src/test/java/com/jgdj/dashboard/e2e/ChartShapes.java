package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

import java.util.List;

/** Clicking ApexCharts shapes the way a person does, for the end-to-end tests and the load run. */
public final class ChartShapes {

    private ChartShapes() {
    }

    /**
     * A real mouse click on a point of an SVG shape that is not covered by anything else (a data label, another
     * shape): ApexCharts draws labels over bars and cells, and a donut slice's box centre lies in the hole. Waits (up
     * to 10 s) until such a point exists: a chart that has just been drawn is still animating its shapes from nothing.
     */
    public static void click(Page page, Locator shape) {
        shape.scrollIntoViewIfNeeded();
        JSHandle found;
        try {
            found = page.waitForFunction("""
                    el => {
                      const b = el.getBoundingClientRect();
                      for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
                        const x = b.left + b.width * i / 12, y = b.top + b.height * j / 12;
                        const hit = document.elementFromPoint(x, y);
                        if (hit === el || el.contains(hit)) return [x, y];
                      }
                      return null;
                    }""", shape.elementHandle(), new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (TimeoutError e) {
            throw new IllegalStateException("no uncovered point on the chart shape to click within 10 s", e);
        }
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) found.jsonValue();
        page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
    }
}
