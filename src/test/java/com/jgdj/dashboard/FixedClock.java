package com.jgdj.dashboard;

import com.jgdj.dashboard.period.Deadlines;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The demo tests' day: the application's clock stands still on 2026-12-01, 10:00 China time, so the demo periods
 * (placed relative to today), deadlines and period phases are exact. Import it in a test class that needs it; the
 * class then gets a context (and throw-away database) of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    /** A Tuesday; the open period is 2026年度 (deadline 2027-01-15), the demo spans 2023年上半年 … 2026年度. */
    public static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    public static final Instant NOW = DAY.atTime(10, 0).atZone(Deadlines.ZONE).toInstant();

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, Deadlines.ZONE);
    }
}
