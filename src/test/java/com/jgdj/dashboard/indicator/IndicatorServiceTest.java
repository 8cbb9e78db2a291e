package com.jgdj.dashboard.indicator;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class IndicatorServiceTest {

    @Autowired
    IndicatorService service;

    @BeforeEach
    void admin() {
        SignIn.as(Role.ADMIN);
    }

    @Test
    void liquibase_seeds_the_dictionary_from_the_parsers_csv() {
        List<String> names = service.list().stream().map(IndicatorRow::name).toList();
        assertEquals(28, names.size());
        assertEquals(List.of("中心组学习", "第一议题", "集体学习"), names.subList(0, 3));
        assertTrue(names.containsAll(List.of("警示教育", "谈心谈话", "发现问题", "完成整改", "志愿服务")));
    }

    @Test
    void a_new_indicator_is_used_by_the_next_parse() {
        assertEquals(null, service.dictionary().dictionary().match("开展读书分享会").map(m -> m.indicator()).orElse(null));
        service.save(new IndicatorForm(null, null, "读书分享", "读书分享会?|读书会", 300, true));
        assertEquals("读书分享", service.dictionary().dictionary().match("开展读书分享会").orElseThrow().indicator());
    }

    @Test
    void an_invalid_pattern_or_a_stale_edit_is_refused() {
        UserInputException bad = assertThrows(UserInputException.class,
                () -> service.save(new IndicatorForm(null, null, "坏规则", "学习(", 1, true)));
        assertTrue(bad.getMessage().startsWith("匹配规则有误：不是有效的正则表达式"), bad.getMessage());
        IndicatorRow first = service.list().getFirst();
        IndicatorForm loaded = first.toForm();
        service.save(new IndicatorForm(loaded.id(), loaded.version(), loaded.name(), loaded.patterns() + "|理论中心组",
                loaded.sortOrder(), loaded.active()));
        assertThrows(ConcurrentEditException.class, () -> service.save(loaded));
    }
}
