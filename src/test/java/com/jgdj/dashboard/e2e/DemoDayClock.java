package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.period.Deadlines;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The end-to-end application's clock: {@link BrowserTest#DEMO_NOW} when the application starts, then running, so the
 * demo (placed around "today") is the same whatever day the tests run.
 */
@TestConfiguration(proxyBeanMethods = false)
class DemoDayClock {

    @Bean
    @Primary
    Clock demoDayClock() {
        return Clock.offset(Clock.system(Deadlines.ZONE), Duration.between(Instant.now(), BrowserTest.DEMO_NOW));
    }
}
