package com.jgdj.dashboard.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

    // JDBC batches, not COPY: at 5000x20 both took 45-50 s, within the noise of this machine; the time goes
    // into storing and compressing the files on the server. Batches send bytea in binary and need no escaping.
    @Bean
    DemoSubmissionStore demoSubmissionStore(JdbcTemplate jdbc) {
        return new JdbcBatchSubmissionStore(jdbc);
    }
}
