package com.jgdj.dashboard.security;

import com.jgdj.dashboard.base.settings.AppSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Creates the first accounts. The demo accounts (password {@value #DEMO_PASSWORD}) exist only together with
 * the demo dataset; a real installation gets its first administrator from {@code DASHBOARD_ADMIN_PASSWORD}.
 */
@Component
@Order(20)
class InitialAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_REPORTER_UNIT = "团市委机关党总支";

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AppSettings settings;
    private final JdbcClient jdbc;
    private final String adminPassword;

    InitialAccounts(AppUserRepository users, PasswordEncoder encoder, AppSettings settings, JdbcClient jdbc,
                    org.springframework.core.env.Environment env) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.jdbc = jdbc;
        this.adminPassword = env.getProperty("DASHBOARD_ADMIN_PASSWORD", env.getProperty("dashboard.admin-password", ""));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (settings.isDemoData()) {
            createDemoAccounts();
        } else if (!adminPassword.isBlank()) {
            users.save(new AppUser("admin", "系统管理员", encoder.encode(adminPassword), Role.ADMIN, null));
            log.info("Created the first administrator 'admin' with the password from DASHBOARD_ADMIN_PASSWORD");
        } else {
            log.warn("No user exists yet. Set DASHBOARD_ADMIN_PASSWORD and restart to create the administrator 'admin'.");
        }
    }

    private void createDemoAccounts() {
        String hash = encoder.encode(DEMO_PASSWORD);
        Long reporterUnit = findReporterUnit().orElse(null);
        users.save(new AppUser("admin", "系统管理员（示例）", hash, Role.ADMIN, null));
        users.save(new AppUser("assessor", "考核人员（示例）", hash, Role.ASSESSOR, null));
        users.save(new AppUser("leader", "领导（示例）", hash, Role.LEADER, null));
        if (reporterUnit != null) {
            users.save(new AppUser("reporter", "单位联络员（示例）", hash, Role.REPORTER, reporterUnit));
        }
        log.info("""
                Demo accounts (示例数据), password '{}': admin (系统管理员), assessor (考核人员), \
                leader (领导), reporter (单位联络员, {})""", DEMO_PASSWORD, DEMO_REPORTER_UNIT);
    }

    private Optional<Long> findReporterUnit() {
        return jdbc.sql("select id from org_unit order by (name = ?) desc, id limit 1")
                .param(DEMO_REPORTER_UNIT).query(Long.class).optional();
    }
}
