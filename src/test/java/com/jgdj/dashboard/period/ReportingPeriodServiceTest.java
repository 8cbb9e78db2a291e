package com.jgdj.dashboard.period;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class ReportingPeriodServiceTest {

    @Autowired
    ReportingPeriodService service;

    @BeforeEach
    void admin() {
        SignIn.as(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void periods_are_listed_newest_first_with_annual_after_the_half_year() {
        service.save(new PeriodForm(null, null, 2023, PeriodKind.ANNUAL, LocalDate.of(2024, 1, 15)));
        service.save(new PeriodForm(null, null, 2024, PeriodKind.H1, LocalDate.of(2024, 7, 10)));
        service.save(new PeriodForm(null, null, 2023, PeriodKind.H1, LocalDate.of(2023, 7, 10)));
        assertEquals(List.of("2024年上半年", "2023年度", "2023年上半年"), service.list().stream().map(PeriodRow::name).toList());
    }

    @Test
    void a_duplicate_period_is_refused() {
        service.save(new PeriodForm(null, null, 2024, PeriodKind.H1, LocalDate.of(2024, 7, 10)));
        UserInputException e = assertThrows(UserInputException.class,
                () -> service.save(new PeriodForm(null, null, 2024, PeriodKind.H1, LocalDate.of(2024, 7, 31))));
        assertEquals("报送期已存在：2024年上半年", e.getMessage());
        assertEquals(1, service.list().size());
    }

    @Test
    void closing_with_a_stale_version_is_refused() {
        long id = service.save(new PeriodForm(null, null, 2024, PeriodKind.H1, LocalDate.of(2024, 7, 10)));
        PeriodRow loaded = service.find(id).orElseThrow();
        service.setStatus(id, loaded.version(), PeriodStatus.CLOSED);
        assertThrows(ConcurrentEditException.class, () -> service.setStatus(id, loaded.version(), PeriodStatus.OPEN));
        assertEquals(PeriodStatus.CLOSED, service.find(id).orElseThrow().status());
    }

    @Test
    void a_missing_deadline_is_refused_in_chinese() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> service.save(new PeriodForm(null, null, 2024, PeriodKind.H1, null)));
        assertEquals("请填写报送截止日期", e.getMessage());
    }
}
