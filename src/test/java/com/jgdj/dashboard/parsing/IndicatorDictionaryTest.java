package com.jgdj.dashboard.parsing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndicatorDictionaryTest {

    @Test
    void default_dictionary_has_the_required_indicators_in_sort_order() {
        List<String> names = IndicatorDictionary.loadDefault().definitions().stream().map(IndicatorDefinition::name).toList();
        assertThat(names).contains("中心组学习", "第一议题", "集体学习", "三会一课/支部大会", "主题党日", "党课", "警示教育",
                "谈心谈话", "廉政谈话/约谈", "民主生活会", "组织生活会", "意识形态专题研究", "发现问题", "完成整改", "建立或修订制度",
                "廉政风险点", "培训", "志愿服务");
        assertEquals("中心组学习", names.getFirst());
    }

    @Test
    void csv_file_in_db_folder_has_the_liquibase_header() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("db/changelog/data/indicator.csv"), StandardCharsets.UTF_8);
        assertEquals("name,patterns,sort_order", lines.getFirst());
    }

    @Test
    void quoted_fields_and_top_level_alternatives_are_read() throws IOException {
        IndicatorDictionary d = IndicatorDictionary.fromCsv(new StringReader(
                "name,patterns,sort_order\r\n\"制度\",\"(建立|修订)[^，]{0,4}制度|规章\",5\r\n\"会议, 专题\",\"\"\"会\"\"\",6\r\n"));
        assertEquals(List.of("(建立|修订)[^，]{0,4}制度", "规章"), d.definitions().getFirst().patterns());
        assertEquals("会议, 专题", d.definitions().get(1).name());
        assertEquals(List.of("\"会\""), d.definitions().get(1).patterns());
        assertEquals("制度", d.match("修订完善相关制度").orElseThrow().indicator());
    }

    @Test
    void the_match_closest_to_the_number_wins() {
        IndicatorDictionary d = IndicatorDictionary.of(List.of(
                new IndicatorDefinition("党课", List.of("党课"), 1),
                new IndicatorDefinition("主题党日", List.of("主题党日"), 2)));
        assertEquals("党课", d.match("结合主题党日讲党课").orElseThrow().indicator());
        assertEquals("主题党日", d.match("讲党课后开展主题党日").orElseThrow().indicator());
        assertThat(d.match("召开会议")).isEmpty();
    }

    @Test
    void prefilter_literals_are_required_parts_of_the_pattern() {
        assertEquals("中心组", Prefilter.longestRequiredLiteral("中心组[^，。；]{0,8}学习"));
        assertEquals("意识形态", Prefilter.longestRequiredLiteral("(专题)?研究[^，。；]{0,6}意识形态"));
        assertEquals("主题党", Prefilter.longestRequiredLiteral("主题党日?"));
        assertEquals("", Prefilter.longestRequiredLiteral("(建立|修订)[^，]{0,4}(制度|规定)"));
        Prefilter filter = Prefilter.of(List.of("(建立|修订)[^，]{0,4}(制度|规定)", "中心组学习"));
        assertThat(filter.mayMatch("修订完善相关制度")).isTrue();
        assertThat(filter.mayMatch("召开中心组学习")).isTrue();
        assertThat(filter.mayMatch("开展警示教育")).isFalse();
        assertThat(Prefilter.of(List.of("\\d+次")).mayMatch("任何")).isFalse();
        assertThat(Prefilter.of(List.of("\\d+")).mayMatch("任何")).isTrue();
    }

    @Test
    void bad_csv_and_bad_patterns_are_rejected() {
        assertThrows(IOException.class, () -> IndicatorDictionary.fromCsv(new StringReader("name,pattern\n")));
        assertThrows(IllegalArgumentException.class,
                () -> IndicatorDictionary.of(List.of(new IndicatorDefinition("x", List.of("(unclosed"), 1))));
    }
}
