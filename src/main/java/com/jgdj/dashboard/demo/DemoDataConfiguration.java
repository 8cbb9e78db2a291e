package com.jgdj.dashboard.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

    @Bean
    DemoSubmissionStore demoSubmissionStore(DataSource dataSource) {
        return new CopySubmissionStore(dataSource);
    }
}
