package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.base.settings.AppSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds the demo assessments after {@link DemoDataInitializer} (order 10): only into a demo database
 * ({@code app_setting demo_data=true}) that has none yet ({@code demo_assessments} unset, no assessment rows).
 */
@Component
@Order(15)
public class DemoAssessmentInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessmentInitializer.class);

    private final DemoAssessmentLoader loader;
    private final AppSettings settings;
    private final JdbcTemplate jdbc;
    private final boolean enabled;

    public DemoAssessmentInitializer(DemoAssessmentLoader loader, AppSettings settings, JdbcTemplate jdbc,
                                     @Value("${dashboard.demo:true}") boolean enabled) {
        this.loader = loader;
        this.settings = settings;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !settings.isDemoData() || settings.get(DemoAssessmentLoader.SETTING).isPresent()) {
            return;
        }
        Integer existing = jdbc.queryForObject("select count(*) from assessment", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long seed = settings.get("demo_seed").map(Long::parseLong).orElse(DemoDataInitializer.DEFAULT_SEED);
        long start = System.nanoTime();
        int written = loader.load(seed);
        log.info("Loaded {} demo assessments in {} ms", written, (System.nanoTime() - start) / 1_000_000);
    }
}
