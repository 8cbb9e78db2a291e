package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.period.Deadlines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;

/**
 * Decides who submitted what and when in one period: turns composed reports into submission rows. Plain Java.
 */
public final class DemoSubmissionPlanner {

    public static final double SUBMITTED_RATE_CLOSED = 0.92;
    /** The open period: exactly this share of the units (rounded) has submitted so far. */
    public static final double SUBMITTED_SHARE_OPEN = 0.5;
    public static final double LATE_RATE = 0.12;
    /** Returned once and submitted again as version 2 (the returned version 1 stays, latest = false). */
    public static final double RESUBMITTED_RATE = 0.03;
    /** Open period only: returned and not yet submitted again. */
    public static final double RETURNED_OPEN_RATE = 0.04;
    public static final ZoneId ZONE = Deadlines.ZONE;

    private static final List<String> RETURN_REASONS = List.of(
            "内容过于简略，请补充工作成效和具体数据后重新报送",
            "请按统一格式报送，补充存在的问题和下一步工作打算",
            "请核实文中数据，与上报台账不一致");

    private final DemoReportComposer composer;

    public DemoSubmissionPlanner(DemoReportComposer composer) {
        this.composer = composer;
    }

    /** Arrived after the end of the deadline day (China time): the rule of the import, {@link Deadlines}. */
    public static boolean isLate(OffsetDateTime submittedAt, LocalDate deadline) {
        return Deadlines.passed(deadline, submittedAt.toInstant());
    }

    /**
     * The submission rows of one period. {@code reports.get(i)} is the report of {@code units.get(i)}, whose id is
     * {@code unitIds[i]}; seed units replace their composed report by the real one in 2023年上半年.
     */
    public List<DemoSubmission> plan(List<DemoUnit> units, long[] unitIds, DemoPeriod period, long periodId,
                                     List<ComposedReport> reports, long seed, LocalDate today) {
        OffsetDateTime startOfToday = today.atStartOfDay(ZONE).toOffsetDateTime();
        Map<String, List<DemoSeeds.Seed>> seeds = DemoSeeds.receives(period)
                ? DemoSeeds.ALL.stream().collect(java.util.stream.Collectors.groupingBy(DemoSeeds.Seed::unitName))
                : Map.of();
        boolean[] submits = submits(units.size(), period, seed);
        List<DemoSubmission> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            DemoUnit unit = units.get(i);
            RandomGenerator random = decisions(i, period, seed);
            random.nextDouble(); // the draw behind submits[i]
            boolean submitted = submits[i];
            boolean late = random.nextDouble() < LATE_RATE;
            OffsetDateTime at = submittedAt(period, today, late, random);
            boolean resubmitted = random.nextDouble() < RESUBMITTED_RATE;
            boolean returnedOpen = random.nextDouble() < RETURNED_OPEN_RATE;
            String reason = RETURN_REASONS.get(random.nextInt(RETURN_REASONS.size()));
            List<DemoSeeds.Seed> unitSeeds = seeds.get(unit.name());
            if (unitSeeds != null) {
                for (DemoSeeds.Seed s : unitSeeds) {
                    rows.add(seedRow(unit, unitIds[i], period, periodId, s, unitSeeds.size()));
                }
                continue;
            }
            if (!submitted) {
                continue;
            }
            String finalStatus = period.open() ? (returnedOpen ? "RETURNED" : "SUBMITTED") : "ACCEPTED";
            ComposedReport report = reports.get(i);
            if (resubmitted) {
                rows.add(row(unit, unitIds[i], period, periodId, report, 1, false, at, "RETURNED",
                        reasonFor(report, reason)));
                ComposedReport second = composer.compose(unit, period,
                        new SplittableRandom(Mix.hash(seed, period.year(), period.annual() ? 1 : 0, i, 2)));
                OffsetDateTime again = at.plusDays(2 + random.nextInt(5)).plusHours(random.nextInt(3));
                if (!again.isBefore(startOfToday)) {
                    // nothing is dated today or later: the second version came the same afternoon
                    again = at.plusHours(2);
                }
                rows.add(row(unit, unitIds[i], period, periodId, second, 2, true, again, finalStatus,
                        finalStatus.equals("RETURNED") ? reasonFor(second, reason) : null));
            } else {
                rows.add(row(unit, unitIds[i], period, periodId, report, 1, true, at, finalStatus,
                        finalStatus.equals("RETURNED") ? reasonFor(report, reason) : null));
            }
        }
        return rows;
    }

    /**
     * Whether {@link #plan} stores the composed report of {@code units.get(i)} (as its version 1): it submitted,
     * and it is not a unit whose real seed report replaces it. Only such reports may be copied from.
     */
    public static boolean storesComposedReport(List<DemoUnit> units, int i, DemoPeriod period, long seed) {
        return storedComposedReports(units, period, seed)[i];
    }

    /** {@link #storesComposedReport} for every unit at once. */
    public static boolean[] storedComposedReports(List<DemoUnit> units, DemoPeriod period, long seed) {
        boolean[] stored = submits(units.size(), period, seed);
        if (DemoSeeds.receives(period)) {
            for (int i = 0; i < stored.length; i++) {
                String name = units.get(i).name();
                if (DemoSeeds.ALL.stream().anyMatch(s -> s.unitName().equals(name))) {
                    stored[i] = false;
                }
            }
        }
        return stored;
    }

    /**
     * Which units have submitted: in a closed period each with probability {@link #SUBMITTED_RATE_CLOSED}; in the
     * open period exactly {@link #SUBMITTED_SHARE_OPEN} of them (rounded), the ones with the lowest draws.
     */
    private static boolean[] submits(int units, DemoPeriod period, long seed) {
        double[] draws = new double[units];
        for (int i = 0; i < units; i++) {
            draws[i] = decisions(i, period, seed).nextDouble();
        }
        boolean[] submits = new boolean[units];
        if (!period.open()) {
            for (int i = 0; i < units; i++) {
                submits[i] = draws[i] < SUBMITTED_RATE_CLOSED;
            }
            return submits;
        }
        Integer[] order = new Integer[units];
        for (int i = 0; i < units; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> draws[i]).thenComparing(i -> i));
        long count = Math.round(units * SUBMITTED_SHARE_OPEN);
        for (int k = 0; k < count; k++) {
            submits[order[k]] = true;
        }
        return submits;
    }

    private static RandomGenerator decisions(int unitIndex, DemoPeriod period, long seed) {
        return new SplittableRandom(Mix.hash(seed, period.year(), period.annual() ? 1 : 0, unitIndex, 0x5b));
    }

    /**
     * When a report came, always before {@code today}: in a closed period within three weeks before the deadline or,
     * when late, up to two weeks after it (no later than yesterday); in the open period within the three weeks
     * before today, never late.
     */
    private static OffsetDateTime submittedAt(DemoPeriod period, LocalDate today, boolean late, RandomGenerator random) {
        LocalDate deadline = period.deadline();
        LocalDate day;
        if (period.open()) {
            day = today.minusDays(1 + random.nextInt(21));
        } else {
            long lateDays = Math.min(15, ChronoUnit.DAYS.between(deadline, today) - 1);
            day = late && lateDays > 0 ? deadline.plusDays(1 + random.nextInt((int) lateDays))
                    : deadline.minusDays(random.nextInt(21));
        }
        int minute = 8 * 60 + 30 + random.nextInt(9 * 60 + 30);
        ZonedDateTime at = day.atTime(minute / 60, minute % 60, random.nextInt(60)).atZone(ZONE);
        return at.toOffsetDateTime();
    }

    private static String reasonFor(ComposedReport report, String fallback) {
        if (report.has(PlantedDefect.Kind.UNFILLED_PLACEHOLDER)) {
            return "文中有未填写的内容（“多少”），请补充完整后重新报送";
        }
        if (report.has(PlantedDefect.Kind.MISSING_PROBLEMS)) {
            return "缺少存在的问题部分，请补充后重新报送";
        }
        return fallback;
    }

    private static DemoSubmission row(DemoUnit unit, long unitId, DemoPeriod period, long periodId,
                                      ComposedReport report, int versionNo, boolean latest, OffsetDateTime at,
                                      String status, String reason) {
        return new DemoSubmission(unitId, periodId, versionNo, latest, report.title(), report.text(),
                versionNo == 1 ? report.fileName() : report.fileName().replace(".txt", "（修改稿）.txt"), "txt",
                report.encoding(), report.bytes(), sha256(report.bytes()), at, unit.reporterUsername(), status,
                isLate(at, period.deadline()), reason);
    }

    private static DemoSubmission seedRow(DemoUnit unit, long unitId, DemoPeriod period, long periodId,
                                          DemoSeeds.Seed seed, int versions) {
        byte[] bytes = seed.bytes();
        String stem = unit.name() + "-" + period.label() + "工作汇报";
        OffsetDateTime at = seed.submittedAt().atZone(ZONE).toOffsetDateTime();
        boolean latest = seed.versionNo() == versions;
        String status = latest ? (period.open() ? "SUBMITTED" : "ACCEPTED") : "RETURNED";
        return new DemoSubmission(unitId, periodId, seed.versionNo(), latest,
                seed.title() != null ? seed.title() : stem,
                new String(bytes, StandardCharsets.UTF_8),
                stem + (seed.versionNo() > 1 ? "（修改稿）" : "") + ".txt", "txt", StandardCharsets.UTF_8.name(), bytes,
                sha256(bytes), at, unit.reporterUsername(), status, isLate(at, period.deadline()),
                latest ? null : seed.returnedFor());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
