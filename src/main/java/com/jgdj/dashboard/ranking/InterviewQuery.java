package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The 双约谈 list of a period: published results graded 较差, or within the scheme's bottom share of the ranking
 * (how many places the share gives comes from the scheme's rule; units tied with the last place are all listed).
 */
@Component
class InterviewQuery {

    private final JdbcClient jdbc;

    InterviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scheme and the number of the period's published results (the units the bottom share is counted over). */
    Optional<PublishedResults> published(long periodId) {
        return jdbc.sql("""
                select scheme_id, count(*) as units from assessment
                where period_id = ? and status = 'PUBLISHED' group by scheme_id limit 1""")
                .param(periodId).query(PublishedResults.class).optional();
    }

    record PublishedResults(long schemeId, long units) {
    }

    /** {@code bottomCount}: how many of the lowest ranks the bottom share covers, from the scheme's rule. */
    List<InterviewRow> rows(long periodId, UnitScope scope, int bottomCount) {
        return jdbc.sql(RankingQuery.RANKED + """
                select r.unit_id, r.unit_name, r.category_name, r.secretary_name, r.total, r.grade, r.overall_rank,
                       r.units, r.grade = 'POOR' as poor, r.bottom_rank <= :bottomCount as bottom,
                       i.id as interview_id, i.version, i.held_on, i.note, coalesce(i.disqualified, false) as disqualified
                from ranked r
                left join interview i on i.unit_id = r.unit_id and i.period_id = r.period_id
                where r.period_id = :periodId
                  and (r.grade = 'POOR' or r.bottom_rank <= :bottomCount)
                  and (cast(:scopeUnitId as bigint) is null or r.unit_id = :scopeUnitId)
                order by r.overall_rank desc, r.unit_name collate "zh-x-icu", r.unit_id""")
                .param("periodId", periodId)
                .param("publishedOnly", true)
                .param("bottomCount", bottomCount)
                .param("scopeUnitId", scope.unitIdOrNull())
                .query(InterviewRow.class).list();
    }

    List<UnitInterviewRow> forUnit(long unitId) {
        return jdbc.sql("select p.id as period_id, " + PeriodKind.sqlName("p") + """
                 as period_name,
                       i.held_on, i.note, i.disqualified
                from interview i join reporting_period p on p.id = i.period_id
                where i.unit_id = ?
                order by p.seq desc""")
                .param(unitId).query(UnitInterviewRow.class).list();
    }
}
