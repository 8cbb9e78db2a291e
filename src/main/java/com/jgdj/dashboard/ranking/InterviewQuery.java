package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
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
        PeriodSummaries.settle(jdbc);
        return jdbc.sql("""
                select a.scheme_id, r.units from period_rank r
                join assessment a on a.unit_id = r.unit_id and a.period_id = r.period_id
                where r.period_id = ? and r.published_only order by r.position limit 1""")
                .param(periodId).query(RecordRows.of(PublishedResults.class)).optional();
    }

    record PublishedResults(long schemeId, long units) {
    }

    /** {@code bottomCount}: how many of the lowest ranks the bottom share covers, from the scheme's rule. */
    List<InterviewRow> rows(long periodId, UnitScope scope, int bottomCount) {
        PeriodSummaries.settle(jdbc);
        return jdbc.sql("""
                select r.unit_id, u.name as unit_name, c.name as category_name, u.secretary_name, r.total, r.grade,
                       r.overall_rank, r.units, r.grade = 'POOR' as poor, r.bottom_rank <= :bottomCount as bottom,
                       i.id as interview_id, i.version, i.held_on, i.note, coalesce(i.disqualified, false) as disqualified
                from period_rank r
                join org_unit u on u.id = r.unit_id
                join category c on c.id = r.category_id
                left join interview i on i.unit_id = r.unit_id and i.period_id = r.period_id
                where r.period_id = :periodId and r.published_only
                  and (r.grade = 'POOR' or r.bottom_rank <= :bottomCount)
                  and (cast(:scopeUnitId as bigint) is null or r.unit_id = :scopeUnitId)
                order by r.overall_rank desc, u.name collate "zh-x-icu", r.unit_id""")
                .param("periodId", periodId)
                .param("bottomCount", bottomCount)
                .param("scopeUnitId", scope.unitIdOrNull())
                .query(RecordRows.of(InterviewRow.class)).list();
    }

    /**
     * One unit's row of {@link #rows}, without ranking the whole period: its ranks are counts of the published
     * results above (and below) its total, read through {@code assessment (period_id, total)}. Empty when the unit
     * is not on the list.
     */
    Optional<InterviewRow> row(long periodId, long unitId, int bottomCount) {
        return jdbc.sql("""
                with mine as (
                    select a.period_id, a.unit_id, a.total, a.grade,
                           1 + (select count(*) from assessment b
                                where b.period_id = a.period_id and b.grade is not null and b.status = 'PUBLISHED'
                                  and b.total > a.total) as overall_rank,
                           1 + (select count(*) from assessment b
                                where b.period_id = a.period_id and b.grade is not null and b.status = 'PUBLISHED'
                                  and b.total < a.total) as bottom_rank,
                           (select count(*) from assessment b
                            where b.period_id = a.period_id and b.grade is not null and b.status = 'PUBLISHED')
                               as units
                    from assessment a
                    where a.period_id = :periodId and a.unit_id = :unitId and a.grade is not null
                      and a.status = 'PUBLISHED'
                )
                select m.unit_id, u.name as unit_name, c.name as category_name, u.secretary_name, m.total, m.grade,
                       m.overall_rank, m.units, m.grade = 'POOR' as poor, m.bottom_rank <= :bottomCount as bottom,
                       i.id as interview_id, i.version, i.held_on, i.note, coalesce(i.disqualified, false) as disqualified
                from mine m
                join org_unit u on u.id = m.unit_id
                join category c on c.id = u.category_id
                left join interview i on i.unit_id = m.unit_id and i.period_id = m.period_id
                where m.grade = 'POOR' or m.bottom_rank <= :bottomCount""")
                .param("periodId", periodId)
                .param("unitId", unitId)
                .param("bottomCount", bottomCount)
                .query(RecordRows.of(InterviewRow.class)).optional();
    }

    List<UnitInterviewRow> forUnit(long unitId) {
        return jdbc.sql("select p.id as period_id, " + PeriodKind.sqlName("p") + """
                 as period_name,
                       i.held_on, i.note, i.disqualified
                from interview i join reporting_period p on p.id = i.period_id
                where i.unit_id = ?
                order by p.seq desc""")
                .param(unitId).query(RecordRows.of(UnitInterviewRow.class)).list();
    }
}
