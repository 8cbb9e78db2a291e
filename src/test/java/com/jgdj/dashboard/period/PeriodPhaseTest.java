package com.jgdj.dashboard.period;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one rule for what a period is at a moment: the deadline day ends at midnight China time. */
class PeriodPhaseTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 10);

    @Test
    void an_open_period_is_open_until_the_end_of_its_deadline_day_in_china() {
        assertEquals(PeriodPhase.OPEN, PeriodPhase.of(PeriodStatus.OPEN, DEADLINE, Instant.parse("2026-07-10T15:59:59Z")));
        assertEquals(PeriodPhase.PAST_DEADLINE,
                PeriodPhase.of(PeriodStatus.OPEN, DEADLINE, Instant.parse("2026-07-10T16:00:00Z")));
        assertEquals(PeriodPhase.PAST_DEADLINE,
                PeriodPhase.of(PeriodStatus.OPEN, DEADLINE, Instant.parse("2026-12-01T02:00:00Z")));
        assertEquals(PeriodPhase.CLOSED, PeriodPhase.of(PeriodStatus.CLOSED, DEADLINE, Instant.parse("2026-07-01T00:00:00Z")));
        assertEquals(List.of("报送中", "已截止", "已关闭"),
                List.of(PeriodPhase.OPEN.label(), PeriodPhase.PAST_DEADLINE.label(), PeriodPhase.CLOSED.label()));
    }

    @Test
    void the_current_period_is_the_open_one_whose_deadline_comes_first() {
        Instant now = Instant.parse("2026-12-01T02:00:00Z");
        List<PeriodRow> periods = List.of(
                row(4, 2027, PeriodKind.H1, LocalDate.of(2027, 7, 10), PeriodStatus.OPEN, now),
                row(3, 2026, PeriodKind.ANNUAL, LocalDate.of(2027, 1, 15), PeriodStatus.OPEN, now),
                row(2, 2026, PeriodKind.H1, DEADLINE, PeriodStatus.OPEN, now),
                row(1, 2025, PeriodKind.ANNUAL, LocalDate.of(2026, 1, 15), PeriodStatus.CLOSED, now));
        assertEquals("2026年度", ReportingPeriodService.current(periods).orElseThrow().name());
        assertEquals(List.of("报送中", "报送中", "已截止", "已关闭"), periods.stream().map(p -> p.phase().label()).toList());
        assertEquals(true, ReportingPeriodService.current(periods.subList(2, 4)).isEmpty());
    }

    private static PeriodRow row(long id, int year, PeriodKind kind, LocalDate deadline, PeriodStatus status, Instant now) {
        return new PeriodRow(id, 0, year, kind, deadline, status, PeriodPhase.of(status, deadline, now));
    }
}
