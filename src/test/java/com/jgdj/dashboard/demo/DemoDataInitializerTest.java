package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.FixedClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A context of its own (dashboard.demo=true, the clock fixed on 2026-12-01), so it starts its own throw-away cluster
 * and loads at startup.
 */
@SpringBootTest(properties = "dashboard.demo=true")
@Import(FixedClock.class)
class DemoDataInitializerTest {

    @Autowired
    DemoDataInitializer initializer;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<EmbeddedPostgres> embeddedPostgres;

    @Test
    void a_fresh_embedded_database_gets_the_standard_demo_data_once() {
        assertThat(count("select count(*) from org_unit")).isEqualTo(40);
        assertThat(count("select count(*) from reporting_period")).isEqualTo(8);
        assertThat(count("select count(*) from submission")).isEqualTo(287);
        assertThat(jdbc.queryForObject("select value from app_setting where key = 'demo_seed'", String.class))
                .isEqualTo("20240710");
        assertThat(jdbc.queryForObject("select value from app_setting where key = 'demo_date'", String.class))
                .isEqualTo("2026-12-01");
        assertThat(jdbc.queryForObject("select year || kind from reporting_period where status = 'OPEN'", String.class))
                .isEqualTo("2026ANNUAL");

        initializer.run(null);

        assertThat(count("select count(*) from org_unit")).isEqualTo(40);
        assertThat(count("select count(*) from submission")).isEqualTo(287);
    }

    @Test
    void exactly_the_planted_copies_are_found_after_the_load() {
        String planted = jdbc.queryForObject("select value from app_setting where key = 'demo_planted_copies'",
                String.class);
        List<String> found = jdbc.queryForList("""
                select x.kind || ':' || a.unit_id || '-' || b.unit_id from similarity_pair x
                join submission a on a.id = x.submission_a join submission b on b.id = x.submission_b
                join reporting_period p on p.id = x.period_id
                where p.status = 'OPEN' order by x.kind, a.unit_id""", String.class);
        List<String> elsewhere = jdbc.queryForList("""
                select p.year || p.kind || ' ' || x.kind || ':' || a.unit_id || '-' || b.unit_id from similarity_pair x
                join submission a on a.id = x.submission_a join submission b on b.id = x.submission_b
                join reporting_period p on p.id = x.period_id
                where p.status <> 'OPEN' order by p.seq, x.kind, a.unit_id""", String.class);

        assertThat(planted.split(";")).hasSize(2);
        assertThat(found).containsExactlyInAnyOrder(planted.split(";"));
        assertThat(elsewhere).isEmpty();
        assertThat(count("select count(*) from similarity_pair where score < 0.15 or longest_passage < 50")).isZero();
    }

    @Test
    void nothing_is_loaded_when_disabled_or_without_the_embedded_database() {
        ObjectProvider<EmbeddedPostgres> none = new StaticListableBeanFactory().getBeanProvider(EmbeddedPostgres.class);
        DemoDataLoader failing = new DemoDataLoader(jdbc, batch -> {
            throw new AssertionError("must not load");
        }) {
            @Override
            public DemoLoadResult load(DemoScale scale, long seed) {
                throw new AssertionError("must not load");
            }
        };
        new DemoDataInitializer(failing, jdbc, embeddedPostgres, false, "standard", 1, null, null).run(null);
        new DemoDataInitializer(failing, jdbc, none, true, "standard", 1, null, null).run(null);
        new DemoDataInitializer(failing, jdbc, embeddedPostgres, true, "standard", 1, null, null).run(null);

        assertThat(count("select count(*) from org_unit")).isEqualTo(40);
    }

    @Test
    void the_scale_property_is_standard_or_units_x_periods() {
        assertThat(DemoScale.parse("standard")).isEqualTo(DemoScale.STANDARD);
        assertThat(DemoScale.parse(" 5000x20 ")).isEqualTo(DemoScale.of(5000, 20));
        assertThat(DemoScale.parse("12×3")).isEqualTo(DemoScale.of(12, 3));
        assertThat(DemoScale.STANDARD).isEqualTo(DemoScale.of(40, DemoScale.SINCE_SEEDS));
        assertThatThrownBy(() -> DemoScale.parse("40x0")).isInstanceOf(IllegalArgumentException.class);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
