package com.jgdj.dashboard.demo;

import java.util.List;
import java.util.Map;

/**
 * A composed demo report: the file a unit would upload, and the truth about it.
 *
 * @param bytes          the file content in {@code encoding} (UTF-8, or GB18030 with CRLF line ends)
 * @param text           the decoded file content
 * @param title          the report's title line, or the file name's stem when it has none
 * @param counts         the activity counts written into the text by name (study, warning, talk, found, fixed),
 *                       leaving out any that were planted as unfilled placeholders
 * @param plantedDefects the defects planted on purpose, in a fixed order
 */
public record ComposedReport(DemoUnit unit, DemoPeriod period, String fileName, byte[] bytes, String encoding,
                             String title, String text, Map<String, Integer> counts,
                             List<PlantedDefect> plantedDefects) {

    public boolean has(PlantedDefect.Kind kind) {
        return plantedDefects.stream().anyMatch(d -> d.kind() == kind);
    }
}
