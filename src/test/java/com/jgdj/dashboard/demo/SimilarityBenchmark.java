package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.Application;
import com.jgdj.dashboard.similarity.SimilarityService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: loads demo data the way the app does (reports parsed and fingerprinted as they are stored)
 * into a throw-away embedded cluster, then times the 疑似雷同 detection of each period and prints it.
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     com.jgdj.dashboard.demo.SimilarityBenchmark 5000x2
 * </pre>
 * Arguments: scale (default 5000x2), seed (default 1).
 */
public final class SimilarityBenchmark {

    private SimilarityBenchmark() {
    }

    public static void main(String[] args) {
        DemoScale scale = DemoScale.parse(args.length > 0 ? args[0] : "5000x2");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "dashboard.db.ephemeral=true", "dashboard.demo=false", "logging.level.root=WARN",
                        "logging.level.com.jgdj.dashboard.similarity=DEBUG",
                        "spring.main.banner-mode=off")
                .run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DemoLoadResult load = context.getBean(DemoDataLoader.class).load(scale, seed);
            System.out.printf(Locale.ROOT, "demo load %s: %,d submissions in %.1f s%n", scale, load.submissions(),
                    load.elapsed().toMillis() / 1000.0);
            SimilarityService similarity = context.getBean(SimilarityService.class);
            List<Long> periods = jdbc.queryForList("select id from reporting_period order by seq", Long.class);
            for (Long periodId : periods) {
                long start = System.nanoTime();
                SimilarityService.DetectionResult r = similarity.detectForDemo(periodId);
                System.out.printf(Locale.ROOT, "period %d: %,d reports, %d peer pairs, %d previous pairs in %.2f s%n",
                        periodId, r.reports(), r.peerPairs(), r.previousPairs(), (System.nanoTime() - start) / 1e9);
            }
            System.out.println("planted: " + jdbc.queryForObject(
                    "select value from app_setting where key = 'demo_planted_copies'", String.class));
        }
    }
}
