package com.jgdj.dashboard.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The little the unit page needs to offer a 反馈意见: which of the unit's results is published (no report read). */
@Component
class DocumentQuery {

    private final JdbcClient jdbc;

    DocumentQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period of the unit's published result: {@code periodId}'s, or without one the latest. */
    Optional<Long> publishedResultPeriod(long unitId, Long periodId) {
        if (periodId != null) {
            return jdbc.sql("select period_id from assessment where unit_id = ? and period_id = ? and status = 'PUBLISHED'")
                    .params(unitId, periodId).query(Long.class).optional();
        }
        return jdbc.sql("""
                select a.period_id from assessment a join reporting_period p on p.id = a.period_id
                where a.unit_id = ? and a.status = 'PUBLISHED' order by p.seq desc limit 1""")
                .param(unitId).query(Long.class).optional();
    }
}
