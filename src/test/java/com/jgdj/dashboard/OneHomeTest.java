package com.jgdj.dashboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One rule, one home: a second copy of the colours, the period name, the grade colour mapping or the Excel writer
 * in the main sources fails here (the files where each rule lives are the only ones allowed to spell it out).
 */
class OneHomeTest {

    private static final Path MAIN = Path.of("src/main/java/com/jgdj/dashboard");

    /** The main source files (relative to the base package, with '/') in which the pattern occurs. */
    private static List<String> filesContaining(Pattern pattern) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return pattern.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(p -> MAIN.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }  catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void colour_literals_live_only_in_chart_colors() {
        assertEquals(List.of("base/ui/chart/ChartColors.java"),
                filesContaining(Pattern.compile("\"#[0-9a-fA-F]{6}\"")));
    }

    @Test
    void grade_colours_are_mapped_only_by_grade_colors() {
        // the heatmap's colour scale (score ranges named by grade) sits beside the colours in base.ui.chart
        assertEquals(List.of("assessment/ui/GradeColors.java", "base/ui/chart/HeatmapChartBuilder.java"),
                filesContaining(Pattern.compile("ChartColors\\.GRADE_")));
    }

    @Test
    void period_names_are_spelled_only_by_period_kind() {
        assertEquals(List.of("period/PeriodKind.java"),
                filesContaining(Pattern.compile("\"年上半年\"|'年上半年'|'年度'")));
    }

    @Test
    void text_is_escaped_into_server_markup_only_by_markup() {
        assertEquals(List.of("base/ui/Markup.java"), filesContaining(Pattern.compile("HtmlUtils\\.htmlEscape")));
    }

    @Test
    void workbooks_are_written_only_by_the_xlsx_writer() {
        assertEquals(List.of("base/xlsx/XlsxWriter.java"), filesContaining(Pattern.compile("new Workbook\\(")));
        assertEquals(List.of("base/xlsx/XlsxTable.java"), filesContaining(Pattern.compile("\"导出时间\"")));
    }
}
