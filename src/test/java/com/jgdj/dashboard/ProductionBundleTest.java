package com.jgdj.dashboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed production bundle loads every component when the app starts. An optimised bundle splits components
 * into chunks per route, found by following each route's class references; the unit page's cards come from Spring
 * beans (UnitPageSection) that no route references, so in the production jar their select and grids never loaded:
 * the period selector showed as plain text, the outline and the submissions list stayed empty, and every visit
 * threw page errors. Route chunks are named after a SHA-256 of the route class.
 */
class ProductionBundleTest {

    @Test
    void the_production_bundle_has_no_per_route_chunks_and_carries_the_unit_page_components() throws IOException {
        try (ZipFile bundle = new ZipFile(Path.of("src/main/bundles/prod.bundle").toFile())) {
            List<String> files = bundle.stream().map(e -> e.getName()).toList();
            assertEquals(List.of(), files.stream().filter(f -> f.matches(".*/chunk-[0-9a-f]{64}-.*")).toList());
            String stats = new String(bundle.getInputStream(bundle.getEntry("config/stats.json")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String component : List.of("@vaadin/select/src/vaadin-select.js", "@vaadin/grid/src/vaadin-grid.js",
                    "@vaadin/grid/src/vaadin-grid-tree-toggle.js")) {
                assertTrue(stats.contains("\"" + component + "\""), component + " is bundled");
            }
        }
    }
}
