package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The 不少于 rules on one indicator, in the rules page's order; a switched-off rule has no minimum. */
@Repository
class CountMinimumQuery {

    private final JdbcClient jdbc;

    CountMinimumQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountMinimum> list() {
        return jdbc.sql("""
                select i.name as indicator, case when r.enabled then r.threshold end as half_year
                from count_rule r join indicator i on i.id = r.indicator_id
                where r.kind = 'MINIMUM'
                order by r.sort_order, r.id""")
                .query(RecordRows.of(CountMinimum.class)).list();
    }
}
