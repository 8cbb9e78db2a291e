package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.base.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The schemes as the scheme page lists them, and whether a published result freezes one. */
@Component
class SchemeQuery {

    private final JdbcClient jdbc;

    SchemeQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SchemeRow> schemes() {
        return jdbc.sql("""
                select s.id, s.year, s.name,
                       exists (select 1 from assessment a where a.scheme_id = s.id and a.status = 'PUBLISHED') as locked
                from assessment_scheme s order by s.year desc nulls last""").query(RecordRows.of(SchemeRow.class)).list();
    }

    boolean schemeUsedByPublished(long schemeId) {
        return jdbc.sql("select exists (select 1 from assessment where scheme_id = ? and status = 'PUBLISHED')")
                .param(schemeId).query(Boolean.class).single();
    }
}
