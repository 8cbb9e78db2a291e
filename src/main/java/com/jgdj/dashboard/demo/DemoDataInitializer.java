package com.jgdj.dashboard.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import com.jgdj.dashboard.findings.PlanDeliveryStore;
import com.jgdj.dashboard.similarity.SimilarityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset on a fresh install: only with {@code dashboard.demo=true} (the default), only into the
 * embedded database (never an external one, which holds real data), and only while {@code org_unit} is empty.
 * Users are not created here; the security package does that when {@code app_setting demo_data} is true.
 */
@Component
@Order(10)
public class DemoDataInitializer implements ApplicationRunner {

    public static final long DEFAULT_SEED = 20240710L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

    private final DemoDataLoader loader;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<EmbeddedPostgres> embeddedPostgres;
    private final boolean enabled;
    private final String scale;
    private final long seed;
    private final SimilarityService similarity;
    private final PlanDeliveryStore planDeliveries;

    /** Above this many units the stored plan deliveries are left to the backfill after start-up. */
    static final int PLAN_BACKFILL_MAX_UNITS = 500;

    public DemoDataInitializer(DemoDataLoader loader, JdbcTemplate jdbc,
                               ObjectProvider<EmbeddedPostgres> embeddedPostgres,
                               @Value("${dashboard.demo:true}") boolean enabled,
                               @Value("${dashboard.demo.scale:standard}") String scale,
                               @Value("${dashboard.demo.seed:" + DEFAULT_SEED + "}") long seed,
                               SimilarityService similarity, PlanDeliveryStore planDeliveries) {
        this.similarity = similarity;
        this.planDeliveries = planDeliveries;
        this.loader = loader;
        this.jdbc = jdbc;
        this.embeddedPostgres = embeddedPostgres;
        this.enabled = enabled;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (embeddedPostgres.getIfAvailable() == null) {
            log.info("External database in use: no demo data is loaded");
            return;
        }
        Integer units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        if (units != null && units > 0) {
            log.info("Database already has {} units: no demo data is loaded", units);
            return;
        }
        DemoLoadResult result = loader.load(DemoScale.parse(scale), seed);
        log.info("Loaded demo data (示例数据, scale {}, seed {}): {} categories, {} units, {} periods, {} submissions "
                        + "({} KB of files) in {} ms", result.scale(), result.seed(), result.categories(),
                result.units(), result.periods(), result.submissions(), result.fileBytes() / 1024,
                result.elapsed().toMillis());
        if (result.units() <= PLAN_BACKFILL_MAX_UNITS) {
            // the overview counts uncovered plan items from stored deliveries: ready before the first page is served
            // (a large demo leaves them to the backfill after start-up)
            planDeliveries.backfill();
        }
        // candidates come from the fingerprints stored with the reports: workable at 5,000 units per period
        long start = System.nanoTime();
        int pairs = 0;
        for (Long periodId : jdbc.queryForList("select id from reporting_period order by seq", Long.class)) {
            SimilarityService.DetectionResult r = similarity.detectForDemo(periodId);
            pairs += r.peerPairs() + r.previousPairs();
        }
        log.info("疑似雷同 computed for the demo periods: {} suspicious pairs in {} ms", pairs,
                (System.nanoTime() - start) / 1_000_000);
    }
}
