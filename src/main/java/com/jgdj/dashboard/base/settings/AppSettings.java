package com.jgdj.dashboard.base.settings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Small facts about this installation, kept in {@code app_setting}. */
@Service
public class AppSettings {

    public static final String DEMO_DATA = "demo_data";

    private final JdbcClient jdbc;

    AppSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return jdbc.sql("select value from app_setting where key = ?").param(key).query(String.class).optional();
    }

    @Transactional
    public void put(String key, String value) {
        jdbc.sql("""
                insert into app_setting (key, value) values (?, ?)
                on conflict (key) do update set value = excluded.value""").params(key, value).update();
    }

    /** True when the database holds the generated demo dataset (shown as 示例数据 in the UI). */
    @Transactional(readOnly = true)
    public boolean isDemoData() {
        return get(DEMO_DATA).map(Boolean::parseBoolean).orElse(false);
    }
}
