package com.jgdj.dashboard.security;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.settings.AppSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class InitialAccountsTest {

    @Autowired
    InitialAccounts initialAccounts;
    @Autowired
    AppSettings settings;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AppUserDetailsService userDetails;

    @Test
    void demo_accounts_exist_only_with_demo_data() {
        initialAccounts.run(null);
        assertEquals(0, jdbc.sql("select count(*) from app_user").query(Long.class).single());
    }

    @Test
    void with_demo_data_the_four_demo_accounts_are_created_and_the_reporter_is_bound_to_its_unit() {
        long league = data.unit("团市委机关党总支", data.category("群团组织", 5), "党总支", null, true);
        settings.put(AppSettings.DEMO_DATA, "true");
        initialAccounts.run(null);
        assertEquals(List.of("admin|ADMIN", "assessor|ASSESSOR", "leader|LEADER", "reporter|REPORTER"),
                jdbc.sql("select username || '|' || role from app_user order by username").query(String.class).list());
        SignedInUser reporter = (SignedInUser) userDetails.loadUserByUsername("reporter");
        assertEquals(league, reporter.unitId());
        assertTrue(encoder.matches("demo", reporter.getPassword()));
    }
}
