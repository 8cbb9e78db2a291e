package com.jgdj.dashboard.period.ui;

import com.jgdj.dashboard.FixedClock;
import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** On 2026-12-01 a period whose deadline is over no longer says 报送中, even before an administrator closes it. */
@Import(FixedClock.class)
class PeriodListViewTest extends KaribuTest {

    @Test
    void the_status_column_shows_the_phase_from_the_deadline_and_the_clock() {
        data.period(2026, "H1", LocalDate.of(2026, 7, 10), "OPEN");
        data.period(2026, "ANNUAL", LocalDate.of(2027, 1, 15), "OPEN");
        data.period(2025, "ANNUAL", LocalDate.of(2026, 1, 15), "CLOSED");
        login(Role.ADMIN);
        open("periods");
        PeriodListView view = _get(PeriodListView.class);
        List<String> rows = IntStream.range(0, _size(view.grid))
                .mapToObj(i -> String.join(" ", _getFormattedRow(view.grid, i).subList(0, 3))).toList();
        assertEquals(List.of("2026年度 2027年1月15日 报送中", "2026年上半年 2026年7月10日 已截止",
                "2025年度 2026年1月15日 已关闭"), rows);
    }
}
