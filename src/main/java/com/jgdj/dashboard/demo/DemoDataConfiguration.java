package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.similarity.SimilarityFingerprints;
import com.jgdj.dashboard.submission.ParsedReportStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

    // JDBC batches, not COPY: at 5000x20 both took 45-50 s, within the noise of this machine; the time goes
    // into storing and compressing the files on the server. Batches send bytea in binary and need no escaping.
    // Every demo report goes through the real reader and parser, so demo submissions have sections, counts
    // and flags exactly like uploaded ones.
    @Bean
    DemoSubmissionStore demoSubmissionStore(JdbcTemplate jdbc, JdbcClient jdbcClient, ParsedReportStore parsedStore,
                                            IndicatorService indicators, SimilarityFingerprints fingerprints) {
        return new ParsingSubmissionStore(new JdbcBatchSubmissionStore(jdbc), parsedStore, indicators, jdbcClient,
                fingerprints);
    }
}
