package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.assessment.grading.Grade;

import com.jgdj.dashboard.orgunit.UnitTreeSql;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Rankings of a period as {@code period_rank} keeps them (ranked by PostgreSQL's window functions whenever a write
 * changes them, see changeset 20261205-A1), with each unit's ranks in the period before (by
 * {@code reporting_period.seq}, the latest earlier one that has ranks). A page reads its rows in ranking order through
 * {@code period_rank_position_idx} (or the category order's index) and stops when it is full; only then are its units
 * and categories looked up, one by one (the {@code offset 0} laterals: the planner would otherwise sort the whole
 * period, or hash every unit, to join 50 rows).
 */
@Component
class RankingQuery {

    /** The period before {@code :periodId} that has graded (published, with {@code :publishedOnly}) results. */
    static final String PREVIOUS = """
            with recursive previous as (
                select p.id from reporting_period p
                where p.seq < (select seq from reporting_period where id = :periodId)
                  and exists (select 1 from period_rank r where r.period_id = p.id
                              and r.published_only = :publishedOnly)
                order by p.seq desc limit 1
            )
            """;

    private static final String FILTERS = """
              and (cast(:categoryId as bigint) is null or r.category_id = :categoryId)
              and (cast(:scopeUnitId as bigint) is null or r.unit_id = :scopeUnitId)
              and """ + UnitTreeSql.inDescendants("r.unit_id") + """
              and (cast(:grade as text) is null or r.grade = :grade)
              and (cast(:scoreFrom as numeric) is null or r.total >= :scoreFrom)
              and (cast(:scoreBelow as numeric) is null or r.total < :scoreBelow)
            """;

    private final JdbcClient jdbc;

    RankingQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RankingRow> rows(RankingFilter filter, UnitScope scope, boolean publishedOnly) {
        return rows(filter, null, ScoreBand.ALL, scope, publishedOnly, 0, null);
    }

    /** A page of the ranking, optionally one grade only; {@code limit} null for all rows. */
    List<RankingRow> rows(RankingFilter filter, Grade grade, ScoreBand band, UnitScope scope, boolean publishedOnly,
                          int offset, Integer limit) {
        PeriodSummaries.settle(jdbc);
        String order = filter.byCategory() ? "r.category_position" : "r.position";
        return bind(jdbc.sql(PREVIOUS + ", " + UnitTreeSql.DESCENDANTS + """
                select r.unit_id, u.name as unit_name, r.category_id, c.name as category_name, u.secretary_name,
                       r.total, r.grade, r.status, r.overall_rank, r.category_rank, r.tied_overall,
                       r.tied_in_category, r.units, r.category_units, r.percentile, r.category_percentile,
                       prev.overall_rank as previous_overall_rank, prev.category_rank as previous_category_rank
                from (
                    select * from period_rank r
                    where r.period_id = :periodId and r.published_only = :publishedOnly
                    """ + FILTERS + "order by " + order + """

                    offset :offset limit :limit
                ) r
                cross join lateral (select name, secretary_name from org_unit u where u.id = r.unit_id offset 0) u
                cross join lateral (select name from category c where c.id = r.category_id offset 0) c
                left join period_rank prev on prev.period_id = (select id from previous)
                     and prev.published_only = r.published_only and prev.unit_id = r.unit_id
                order by\s""" + order), filter, grade, band, scope, publishedOnly)
                .param("offset", offset)
                .param("limit", limit)
                .query(RecordRows.of(RankingRow.class)).list();
    }

    long count(RankingFilter filter, Grade grade, ScoreBand band, UnitScope scope, boolean publishedOnly) {
        PeriodSummaries.settle(jdbc);
        return bind(jdbc.sql("with recursive " + UnitTreeSql.DESCENDANTS + """
                select count(*) from period_rank r
                where r.period_id = :periodId and r.published_only = :publishedOnly
                """ + FILTERS), filter, grade, band, scope, publishedOnly)
                .query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, RankingFilter filter, Grade grade,
                                                 ScoreBand band, UnitScope scope, boolean publishedOnly) {
        return sql.param("grade", grade == null ? null : grade.name())
                .param("scoreFrom", band.from())
                .param("scoreBelow", band.below())
                .param("periodId", filter.periodId())
                .param("categoryId", filter.categoryId())
                .param("parentUnitId", filter.parentUnitId())
                .param("publishedOnly", publishedOnly)
                .param("scopeUnitId", scope.unitIdOrNull());
    }

    Optional<String> periodName(long periodId) {
        return jdbc.sql("select " + PeriodKind.sqlName("") + " from reporting_period where id = ?")
                .param(periodId).query(String.class).optional();
    }
}
