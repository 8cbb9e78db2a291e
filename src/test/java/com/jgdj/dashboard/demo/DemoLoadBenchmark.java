package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.Locale;

/**
 * Benchmark, not a test: loads demo data into a throw-away embedded cluster and prints the throughput.
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     com.jgdj.dashboard.demo.DemoLoadBenchmark 5000x20 jdbc
 * </pre>
 * (exec-maven-plugin is not resolvable offline here, hence the explicit class path.)
 * Arguments: scale (default 5000x20), store {@code copy} or {@code jdbc} (default copy), seed (default 1).
 */
public final class DemoLoadBenchmark {

    private DemoLoadBenchmark() {
    }

    public static void main(String[] args) {
        DemoScale scale = DemoScale.parse(args.length > 0 ? args[0] : "5000x20");
        String storeName = args.length > 1 ? args[1] : "copy";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("dashboard.db.ephemeral=true", "dashboard.demo=false", "logging.level.root=WARN",
                        "spring.main.banner-mode=off",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DemoSubmissionStore store = switch (storeName) {
                case "copy" -> new CopySubmissionStore(context.getBean(DataSource.class));
                case "jdbc" -> new JdbcBatchSubmissionStore(jdbc);
                default -> throw new IllegalArgumentException("store must be copy or jdbc: " + storeName);
            };
            DemoDataLoader loader = new DemoDataLoader(jdbc, store);
            DemoLoadResult result = context.getBean(TransactionTemplate.class)
                    .execute(status -> loader.load(scale, seed));
            long composeNanos = timeComposing(scale, seed);
            String size = jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('submission'))",
                    String.class);
            System.out.printf(Locale.ROOT, """
                    demo load benchmark: scale %s, store %s, seed %d
                      rows:        %,d (%,d submissions, %,d units, %d periods)
                      file bytes:  %,d MB
                      elapsed:     %.1f s  (composing and planning alone: %.1f s)
                      throughput:  %,.0f rows/s, %,.0f submissions/s
                      table size:  %s (submission, with TOAST and indexes)
                    """, scale, storeName, seed, result.rows(), result.submissions(), result.units(),
                    result.periods(), result.fileBytes() / 1_000_000, result.elapsed().toMillis() / 1000.0,
                    composeNanos / 1e9, result.rowsPerSecond(),
                    result.submissions() / (result.elapsed().toMillis() / 1000.0), size);
        }
    }

    // The CPU share of the load: the same reports composed and planned without a database.
    private static long timeComposing(DemoScale scale, long seed) {
        long start = System.nanoTime();
        DemoReportComposer composer = new DemoReportComposer();
        DemoSubmissionPlanner planner = new DemoSubmissionPlanner(composer);
        var units = DemoUnits.first(scale.units());
        long[] ids = new long[units.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        long rows = 0;
        var today = com.jgdj.dashboard.period.Deadlines.today(java.time.Clock.systemDefaultZone());
        var periods = scale.periodsOn(today);
        for (int p = 0; p < periods.size(); p++) {
            var period = periods.get(p);
            boolean[] stored = DemoSubmissionPlanner.storedComposedReports(units, period, seed);
            rows += planner.plan(units, ids, period, p + 1, composer.composePeriod(units, period, seed,
                    i -> stored[i]), seed, today).size();
        }
        return rows >= 0 ? System.nanoTime() - start : 0;
    }
}
