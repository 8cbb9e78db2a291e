package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.period.Deadlines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo dataset (categories, units, periods, submissions) in batches. Report texts come from
 * {@link DemoReportComposer}; storing them goes through the swappable {@link DemoSubmissionStore}.
 */
@Service
public class DemoDataLoader {

    static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final DemoSubmissionStore store;
    private final Clock clock;
    private final DemoReportComposer composer = new DemoReportComposer();
    private final DemoSubmissionPlanner planner = new DemoSubmissionPlanner(composer);

    @Autowired
    public DemoDataLoader(JdbcTemplate jdbc, DemoSubmissionStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    /** A loader on the system clock. */
    public DemoDataLoader(JdbcTemplate jdbc, DemoSubmissionStore store) {
        this(jdbc, store, Clock.systemDefaultZone());
    }

    /** {@link #load(DemoScale, long, LocalDate)} with the periods placed around today (China date, by the clock). */
    @Transactional
    public DemoLoadResult load(DemoScale scale, long seed) {
        return load(scale, seed, Deadlines.today(clock));
    }

    /**
     * Loads {@code scale} units × periods into a database without demo units, in one transaction, and records
     * {@code demo_data=true}, {@code demo_seed} and {@code demo_date} in {@code app_setting}. The periods end with
     * the one open on {@code today}; nothing is dated on or after {@code today}. The same scale, seed and date give
     * the same rows.
     */
    @Transactional
    public DemoLoadResult load(DemoScale scale, long seed, LocalDate today) {
        long start = System.nanoTime();
        List<DemoUnit> units = DemoUnits.first(scale.units());
        List<DemoPeriod> periods = scale.periodsOn(today);
        Map<DemoCategory, Long> categoryIds = insertCategories();
        long[] unitIds = insertUnits(units, categoryIds);
        setParents(unitIds);
        long[] periodIds = insertPeriods(periods);
        int submissions = 0;
        long fileBytes = 0;
        // a period's rows are stored once the next period is planned: the open period's planted re-submission
        // copies its unit's report of the period before
        List<DemoSubmission> pending = new java.util.ArrayList<>();
        List<DemoCopies.Planted> planted = List.of();
        for (int p = 0; p < periods.size(); p++) {
            DemoPeriod period = periods.get(p);
            boolean[] stored = DemoSubmissionPlanner.storedComposedReports(units, period, seed);
            List<ComposedReport> reports = composer.composePeriod(units, period, seed, i -> stored[i]);
            List<DemoSubmission> rows = new java.util.ArrayList<>(
                    planner.plan(units, unitIds, period, periodIds[p], reports, seed, today));
            if (period.open()) {
                planted = DemoCopies.plant(rows, pending, period, p > 0 ? periods.get(p - 1) : null);
            }
            fileBytes += storeAll(pending);
            pending = rows;
            submissions += rows.size();
        }
        fileBytes += storeAll(pending);
        setting("demo_data", "true");
        setting("demo_seed", Long.toString(seed));
        setting("demo_scale", scale.toString());
        setting("demo_date", today.toString());
        // the 疑似雷同 truth: what the detector must find in the open period, exactly
        setting("demo_planted_copies", String.join(";", planted.stream().map(DemoCopies.Planted::code).toList()));
        return new DemoLoadResult(scale, seed, categoryIds.size(), units.size(), periods.size(), submissions,
                fileBytes, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Stores the rows in batches and returns their file bytes. */
    private long storeAll(List<DemoSubmission> rows) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            store.store(rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
        }
        return rows.stream().mapToLong(r -> r.fileBytes().length).sum();
    }

    private Map<DemoCategory, Long> insertCategories() {
        List<Object[]> args = Arrays.stream(DemoCategory.values())
                .map(c -> new Object[]{c.label(), c.sortOrder()})
                .toList();
        jdbc.batchUpdate("insert into category (name, sort_order) values (?, ?) on conflict (name) do nothing", args);
        Map<String, Long> byName = new HashMap<>();
        jdbc.query("select id, name from category", rs -> {
            byName.put(rs.getString("name"), rs.getLong("id"));
        });
        Map<DemoCategory, Long> ids = new EnumMap<>(DemoCategory.class);
        for (DemoCategory category : DemoCategory.values()) {
            ids.put(category, byName.get(category.label()));
        }
        return ids;
    }

    private long[] insertUnits(List<DemoUnit> units, Map<DemoCategory, Long> categoryIds) {
        jdbc.batchUpdate("""
                        insert into org_unit (name, short_name, category_id, org_type, secretary_name, contact_name,
                                              contact_phone)
                        values (?, ?, ?, ?, ?, ?, ?)""", units, BATCH_SIZE, (ps, u) -> {
            ps.setString(1, u.name());
            ps.setString(2, u.shortName());
            ps.setLong(3, categoryIds.get(u.category()));
            ps.setString(4, u.orgType());
            ps.setString(5, u.secretaryName());
            ps.setString(6, u.contactName());
            ps.setString(7, u.contactPhone());
        });
        Map<String, Long> byName = new HashMap<>();
        jdbc.query("select id, name from org_unit", rs -> {
            byName.put(rs.getString("name"), rs.getLong("id"));
        });
        return units.stream().mapToLong(u -> byName.get(u.name())).toArray();
    }

    /** The demo's 上级单位 relations ({@link DemoUnits#parentIndex}); a parent outside the scale is left out. */
    private void setParents(long[] unitIds) {
        List<long[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < unitIds.length; i++) {
            int parent = DemoUnits.parentIndex(i);
            if (parent >= 0 && parent < unitIds.length) {
                pairs.add(new long[]{unitIds[parent], unitIds[i]});
            }
        }
        jdbc.batchUpdate("update org_unit set parent_id = ? where id = ?", pairs, BATCH_SIZE, (ps, p) -> {
            ps.setLong(1, p[0]);
            ps.setLong(2, p[1]);
        });
    }

    private long[] insertPeriods(List<DemoPeriod> periods) {
        jdbc.batchUpdate("insert into reporting_period (year, kind, deadline, status) values (?, ?, ?, ?)",
                periods, periods.size(), (ps, p) -> {
                    ps.setInt(1, p.year());
                    ps.setString(2, p.kind());
                    ps.setObject(3, p.deadline());
                    ps.setString(4, p.status());
                });
        Map<String, Long> byKey = new HashMap<>();
        jdbc.query("select id, year, kind from reporting_period", rs -> {
            byKey.put(rs.getInt("year") + rs.getString("kind"), rs.getLong("id"));
        });
        return periods.stream().mapToLong(p -> byKey.get(p.year() + p.kind())).toArray();
    }

    private void setting(String key, String value) {
        jdbc.update("""
                insert into app_setting (key, value) values (?, ?)
                on conflict (key) do update set value = excluded.value""", key, value);
    }
}
