package com.jgdj.dashboard.bench;

import com.jgdj.dashboard.Application;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.completeness.CompletenessFilter;
import com.jgdj.dashboard.completeness.CompletenessService;
import com.jgdj.dashboard.demo.DemoAssessmentLoader;
import com.jgdj.dashboard.demo.DemoDataInitializer;
import com.jgdj.dashboard.demo.DemoDataLoader;
import com.jgdj.dashboard.demo.DemoScale;
import com.jgdj.dashboard.demo.DemoSubmissionStore;
import com.jgdj.dashboard.findings.PlanDeliveryStore;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.overview.DashboardFilter;
import com.jgdj.dashboard.overview.DashboardService;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ReportTextParser;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.ranking.RankingFilter;
import com.jgdj.dashboard.ranking.RankingService;
import com.jgdj.dashboard.search.SearchFilter;
import com.jgdj.dashboard.search.SearchService;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.SignedInUser;
import com.jgdj.dashboard.submission.SubmissionFilter;
import com.jgdj.dashboard.submission.SubmissionImportService;
import com.jgdj.dashboard.submission.SubmissionService;
import com.jgdj.dashboard.unitpage.UnitProfileService;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** One size: its own application context on a fresh embedded cluster, loaded, measured, closed. */
final class SizeRun {

    private static final String SEARCH_WORD = "党课";
    private static final int PAGE = 50;

    private final BenchOptions.Size size;
    private final BenchOptions options;
    private final PrintStream out;
    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;

    private SizeRun(BenchOptions.Size size, BenchOptions options, PrintStream out,
                    ConfigurableApplicationContext context) {
        this.size = size;
        this.options = options;
        this.out = out;
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    static SizeResult measure(BenchOptions.Size size, BenchOptions options, PrintStream out) {
        out.printf(Locale.ROOT, "[%s] starting the application on a fresh embedded PostgreSQL (temporary directory)%n",
                size);
        AtomicLong stored = new AtomicLong();
        long expected = size.submissions();
        BeanPostProcessor progress = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DemoSubmissionStore store) {
                    long started = System.nanoTime();
                    return (DemoSubmissionStore) batch -> {
                        store.store(batch);
                        long before = stored.get();
                        long now = stored.addAndGet(batch.size());
                        if (now / 2000 != before / 2000) {
                            out.printf(Locale.ROOT, "[%s] loading: %,d of about %,d reports parsed and stored (%.0f s)%n",
                                    size, now, expected, (System.nanoTime() - started) / 1e9);
                        }
                    };
                }
                return bean;
            }
        };
        StatementRecorder recorder = new StatementRecorder();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--dashboard.demo=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--vaadin.launch-browser=false", "--vaadin.devmode.usageStatistics.enabled=false"));
        args.addAll(database(size, options, out));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(c -> {
                    c.getBeanFactory().addBeanPostProcessor(recorder);
                    c.getBeanFactory().addBeanPostProcessor(progress);
                })
                // command-line arguments: above application.properties (PORT, data directory, demo)
                .run(args.toArray(String[]::new))) {
            return new SizeRun(size, options, out, context).run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A throw-away cluster under a temporary directory, or the kept one of this size (on a free port). */
    private static List<String> database(BenchOptions.Size size, BenchOptions options, PrintStream out) {
        if (options.keep() == null) {
            return List.of("--dashboard.db.ephemeral=true");
        }
        java.nio.file.Path dir = options.keep().resolve(size.toString()).toAbsolutePath();
        out.printf(Locale.ROOT, "[%s] database kept in %s%n", size, dir);
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return List.of("--dashboard.db.data-dir=" + dir, "--dashboard.db.port=" + free.getLocalPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port for the kept database: " + e.getMessage(), e);
        }
    }

    private SizeResult run() {
        long start = System.nanoTime();
        long present = jdbc.queryForObject("select count(*) from submission", Long.class);
        long submissions;
        int graded;
        if (present > 0) {
            submissions = present;
            graded = jdbc.queryForObject("select count(*) from assessment", Integer.class);
            out.printf(Locale.ROOT, "[%s] reusing the kept database: %,d reports, %,d assessments%n", size, present,
                    graded);
        } else {
            var result = context.getBean(DemoDataLoader.class)
                    .load(DemoScale.of(size.units(), size.periods()), DemoDataInitializer.DEFAULT_SEED);
            out.printf(Locale.ROOT, "[%s] %,d reports loaded in %.0f s; grading%n", size, result.submissions(),
                    (System.nanoTime() - start) / 1e9);
            submissions = result.submissions();
            graded = context.getBean(DemoAssessmentLoader.class).load(DemoDataInitializer.DEFAULT_SEED);
        }
        // the overview counts uncovered plan items from stored deliveries: computed before measuring, as a running
        // app has them (and not left to the start-up backfill, which would run beside the measurements)
        long backfillStart = System.nanoTime();
        int matched = context.getBean(PlanDeliveryStore.class).backfill();
        out.printf(Locale.ROOT, "[%s] plan delivery: %,d reports matched against their previous plans (%.0f s)%n",
                size, matched, (System.nanoTime() - backfillStart) / 1e9);
        try (Connection owner = context.getBean(EmbeddedDatabase.class).owner().getConnection();
             Statement s = owner.createStatement()) {
            s.execute("vacuum analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "[%s] %,d assessments; vacuum analyze done; %.0f s in all%n", size, graded,
                loadSeconds);
        signInAsAdministrator();
        List<PageResult> pages = new ArrayList<>();
        try (Connection raw = rawConnection()) {
            Map<String, Supplier<?>> all = pages();
            warmUp(all.values());
            for (Map.Entry<String, Supplier<?>> page : all.entrySet()) {
                out.printf(Locale.ROOT, "[%s] measuring %s%n", size, page.getKey());
                pages.add(measure(page.getKey(), page.getValue(), raw));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw JDBC failed: " + e.getMessage(), e);
        }
        double parse = parseThroughput();
        out.printf(Locale.ROOT, "[%s] parse throughput measured; importing %d files%n", size, options.importFiles());
        double imports = importThroughput();
        return new SizeResult(size, submissions, loadSeconds, pages, parse, imports, options.importFiles());
    }

    private static void signInAsAdministrator() {
        SignedInUser admin = new SignedInUser(0, "bench", "基准测试", "", Role.ADMIN, null, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    /**
     * Every page runs {@value #WARM_UP} times, in turn, before any is measured: the first page measured at the first
     * size otherwise pays for the JIT compiling the code all pages share (the overview at 500 × 20 showed app/raw 1.8
     * over a 10 ms raw time, 1.3 at 5,000 × 20 measured later in the same JVM).
     */
    private static void warmUp(java.util.Collection<Supplier<?>> pages) {
        for (int w = 0; w < WARM_UP; w++) {
            pages.forEach(Supplier::get);
        }
    }

    private static final int WARM_UP = 20;

    /** The service calls behind each page, as its view makes them (first page of a lazy grid: 50 rows). */
    private Map<String, Supplier<?>> pages() {
        long period = jdbc.queryForObject("""
                select p.id from reporting_period p
                where exists (select 1 from assessment a where a.period_id = p.id)
                order by p.seq desc limit 1""", Long.class);
        long category = jdbc.queryForObject("select id from category order by sort_order, id limit 1", Long.class);
        long unit = jdbc.queryForObject("""
                select unit_id from assessment where period_id = ? order by total desc nulls last, unit_id
                offset (select count(*) / 2 from assessment where period_id = ?) limit 1""", Long.class, period, period);
        Long indicator = jdbc.queryForObject("select id from indicator order by sort_order, id limit 1", Long.class);
        DashboardService dashboard = context.getBean(DashboardService.class);
        RankingService ranking = context.getBean(RankingService.class);
        UnitProfileService unitPage = context.getBean(UnitProfileService.class);
        CompletenessService completeness = context.getBean(CompletenessService.class);
        SubmissionService submissions = context.getBean(SubmissionService.class);
        SearchService search = context.getBean(SearchService.class);
        Map<String, Supplier<?>> pages = new LinkedHashMap<>();
        pages.put("overview", () -> dashboard.load(new DashboardFilter(period, null, null, null), indicator));
        pages.put("overview-category", () -> dashboard.load(new DashboardFilter(period, category, null, null),
                indicator));
        pages.put("ranking", () -> {
            RankingFilter filter = new RankingFilter(period, null, false);
            return List.of(ranking.page(filter, null, 0, PAGE), ranking.count(filter, null));
        });
        pages.put("unit", () -> List.of(unitPage.profile(UnitId.of(unit), PeriodId.of(period), null),
                unitPage.submissions(unit, 0, PAGE), unitPage.submissionCount(unit)));
        pages.put("completeness", () -> {
            CompletenessFilter filter = new CompletenessFilter(period, null, null);
            return List.of(completeness.byCategory(period), completeness.units(filter, 0, PAGE),
                    completeness.count(filter));
        });
        pages.put("submissions", () -> List.of(submissions.list(SubmissionFilter.NONE, 0, PAGE),
                submissions.count(SubmissionFilter.NONE)));
        pages.put("search", () -> {
            SearchFilter filter = SearchFilter.of(SEARCH_WORD);
            return List.of(search.search(filter, 0, PAGE), search.count(filter));
        });
        return pages;
    }

    private PageResult measure(String name, Supplier<?> page, Connection raw) throws SQLException {
        page.get();
        List<StatementRecorder.Executed> statements = StatementRecorder.during(page);
        replay(raw, statements);
        int rounds = options.rounds();
        long[] app = new long[rounds];
        long[] rawNanos = new long[rounds];
        long[][] each = new long[statements.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            page.get();
            long t1 = System.nanoTime();
            long[] times = replay(raw, statements);
            long t2 = System.nanoTime();
            app[r] = t1 - t0;
            rawNanos[r] = t2 - t1;
            for (int i = 0; i < times.length; i++) {
                each[i][r] = times[i];
            }
        }
        List<PageResult.Statement> statementMedians = new ArrayList<>();
        for (int i = 0; i < each.length; i++) {
            statementMedians.add(new PageResult.Statement(label(i + 1, statements.get(i).sql()),
                    Timings.of(each[i]).median()));
        }
        return new PageResult(name, statements.size(), Timings.of(app), Timings.of(rawNanos), plans(raw, statements),
                statementMedians);
    }

    /**
     * Runs the statements as recorded on a plain connection (custom plans, all rows and columns read); the nanoseconds
     * of each.
     */
    private static long[] replay(Connection raw, List<StatementRecorder.Executed> statements) throws SQLException {
        long[] times = new long[statements.size()];
        int i = 0;
        for (StatementRecorder.Executed executed : statements) {
            long start = System.nanoTime();
            try (PreparedStatement ps = raw.prepareStatement(executed.sql())) {
                executed.bindTo(ps);
                if (ps.execute()) {
                    try (ResultSet rs = ps.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rs.getObject(c);
                            }
                        }
                    }
                }
            }
            times[i++] = System.nanoTime() - start;
        }
        return times;
    }

    private static List<PageResult.Plan> plans(Connection raw, List<StatementRecorder.Executed> statements)
            throws SQLException {
        List<PageResult.Plan> plans = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (StatementRecorder.Executed executed : statements) {
            if (seen.contains(executed.sql())) {
                continue;
            }
            seen.add(executed.sql());
            String custom = PlanCheck.customPlan(raw, executed.sql(), executed::bindTo);
            String generic;
            try {
                generic = PlanCheck.genericPlan(raw, executed.sql(), executed.values());
            } catch (SQLException e) {
                generic = "";
            }
            List<String> scans = new ArrayList<>(PlanCheck.seqScans(custom));
            for (String table : PlanCheck.seqScans(generic)) {
                if (!scans.contains(table)) {
                    scans.add(table + "(generic)");
                }
            }
            boolean same = !generic.isEmpty() && PlanCheck.shape(generic).equals(PlanCheck.shape(custom));
            plans.add(new PageResult.Plan(label(seen.size(), executed.sql()),
                    scans.isEmpty() ? "ok" : "seqscan:" + String.join(",", scans), same));
        }
        return plans;
    }

    /** "#3 select s.id, s.unit_id … from submission s join …": the statement's number and its start, one line. */
    static String label(int number, String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        if (flat.length() <= 100) {
            return "#" + number + " " + flat;
        }
        int from = flat.toLowerCase(Locale.ROOT).indexOf(" from ");
        String head = flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
        String tail = from < 0 ? "" : flat.substring(from + 1, Math.min(flat.length(), from + 61));
        return "#" + number + " " + head + (tail.isEmpty() || from < 40 ? "" : " " + tail + "…");
    }

    private Connection rawConnection() throws SQLException {
        HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        Properties props = new Properties();
        props.setProperty("user", pool.getUsername());
        props.setProperty("password", pool.getPassword());
        // unnamed statements: every execution planned for its values, as psql would
        props.setProperty("prepareThreshold", "0");
        return DriverManager.getConnection(pool.getJdbcUrl(), props);
    }

    /** Single-thread parse of up to 200 stored reports, repeated for a few seconds: reports per second per core. */
    private double parseThroughput() {
        List<String> texts = jdbc.queryForList(
                "select full_text from submission where latest order by id limit 200", String.class);
        ParseContext ctx = ParseContext.of(context.getBean(IndicatorService.class).dictionary().dictionary());
        ReportTextParser parser = new ReportTextParser();
        long sink = parseFor(parser, ctx, texts, 3_000_000_000L)[1];
        long[] measured = parseFor(parser, ctx, texts, 5_000_000_000L);
        return sink + measured[1] >= 0 ? measured[0] / (measured[2] / 1e9) : 0;
    }

    /** Parses round-robin for about {@code nanos} of this thread's CPU time: {count, checksum, cpu nanos}. */
    private static long[] parseFor(ReportTextParser parser, ParseContext ctx, List<String> texts, long nanos) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        long count = 0;
        long sink = 0;
        long used;
        do {
            sink += parser.parse(texts.get((int) (count % texts.size())), ctx).metrics().size();
            count++;
            used = cpu.getCurrentThreadCpuTime() - start;
        } while (used < nanos);
        return new long[]{count, sink, used};
    }

    /** Files through the real import service into the open period, one transaction each: files per second. */
    private double importThroughput() {
        long open = jdbc.queryForObject("select id from reporting_period order by seq desc limit 1", Long.class);
        record Source(long unitId, String text) {
        }
        List<Source> sources = jdbc.query("""
                select unit_id, full_text from submission where latest and period_id <> ?
                order by period_id desc, unit_id limit ?""",
                (rs, n) -> new Source(rs.getLong(1), rs.getString(2)), open, options.importFiles());
        SubmissionImportService imports = context.getBean(SubmissionImportService.class);
        long run = System.currentTimeMillis();
        long t0 = System.nanoTime();
        int i = 0;
        for (Source source : sources) {
            i++;
            // the run's start in the text: a kept database already holds the last run's files, and the same bytes again
            // would be refused as a duplicate instead of imported
            byte[] bytes = (source.text() + "\n（基准测试导入第" + i + "份，" + run + "）\n")
                    .getBytes(StandardCharsets.UTF_8);
            imports.importFile(UnitId.of(source.unitId()), PeriodId.of(open), "bench-" + i + ".txt", bytes);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return sources.size() / seconds;
    }
}
