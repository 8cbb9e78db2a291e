package com.jgdj.dashboard.ranking;

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
 * Rankings computed by PostgreSQL's window functions over the graded assessments of a period and of the period
 * before it (by {@code reporting_period.seq}, the latest earlier one that has grades).
 */
@Component
class RankingQuery {

    static final String RANKED = """
            with recursive previous as (
                select p.id from reporting_period p
                where p.seq < (select seq from reporting_period where id = :periodId)
                  and exists (select 1 from assessment a where a.period_id = p.id and a.grade is not null
                              and (not :publishedOnly or a.status = 'PUBLISHED'))
                order by p.seq desc limit 1
            ),
            ranked as (
                select a.period_id, a.unit_id, u.name as unit_name, c.id as category_id, c.name as category_name,
                       c.sort_order as category_order, u.secretary_name, a.total, a.grade, a.status,
                       rank() over (partition by a.period_id order by a.total desc) as overall_rank,
                       rank() over (partition by a.period_id, c.id order by a.total desc) as category_rank,
                       count(*) over (partition by a.period_id, a.total) > 1 as tied_overall,
                       count(*) over (partition by a.period_id, c.id, a.total) > 1 as tied_in_category,
                       count(*) over (partition by a.period_id) as units,
                       count(*) over (partition by a.period_id, c.id) as category_units,
                       round(100 * percent_rank() over (partition by a.period_id order by a.total))::int as percentile,
                       round(100 * percent_rank() over (partition by a.period_id, c.id order by a.total))::int
                           as category_percentile,
                       rank() over (partition by a.period_id order by a.total asc) as bottom_rank
                from assessment a
                join org_unit u on u.id = a.unit_id
                join category c on c.id = u.category_id
                where (a.period_id = :periodId or a.period_id = (select id from previous))
                  and a.grade is not null
                  and (not :publishedOnly or a.status = 'PUBLISHED')
            )
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
        return jdbc.sql(RANKED + ", " + UnitTreeSql.DESCENDANTS + """
                select cur.unit_id, cur.unit_name, cur.category_id, cur.category_name, cur.secretary_name, cur.total,
                       cur.grade, cur.status, cur.overall_rank, cur.category_rank, cur.tied_overall,
                       cur.tied_in_category, cur.units, cur.category_units, cur.percentile,
                       cur.category_percentile,
                       prev.overall_rank as previous_overall_rank, prev.category_rank as previous_category_rank
                from ranked cur
                left join ranked prev on prev.unit_id = cur.unit_id and prev.period_id <> :periodId
                where cur.period_id = :periodId
                  and (cast(:categoryId as bigint) is null or cur.category_id = :categoryId)
                  and (cast(:scopeUnitId as bigint) is null or cur.unit_id = :scopeUnitId)
                  and """ + UnitTreeSql.inDescendants("cur.unit_id") + """
                  and (cast(:grade as text) is null or cur.grade = :grade)
                  and (cast(:scoreFrom as numeric) is null or cur.total >= :scoreFrom)
                  and (cast(:scoreBelow as numeric) is null or cur.total < :scoreBelow)
                order by case when :byCategory then cur.category_order end,
                         case when :byCategory then cur.category_rank else cur.overall_rank end,
                         cur.unit_name collate "zh-x-icu", cur.unit_id
                offset :offset limit :limit""")
                .param("grade", grade == null ? null : grade.name())
                .param("scoreFrom", band.from())
                .param("scoreBelow", band.below())
                .param("offset", offset)
                .param("limit", limit)
                .param("periodId", filter.periodId())
                .param("categoryId", filter.categoryId())
                .param("parentUnitId", filter.parentUnitId())
                .param("byCategory", filter.byCategory())
                .param("publishedOnly", publishedOnly)
                .param("scopeUnitId", scope.unitIdOrNull())
                .query(RecordRows.of(RankingRow.class)).list();
    }

    long count(RankingFilter filter, Grade grade, ScoreBand band, UnitScope scope, boolean publishedOnly) {
        return jdbc.sql("with recursive " + UnitTreeSql.DESCENDANTS + """
                select count(*) from assessment a join org_unit u on u.id = a.unit_id
                where a.period_id = :periodId and a.grade is not null
                  and (not :publishedOnly or a.status = 'PUBLISHED')
                  and (cast(:categoryId as bigint) is null or u.category_id = :categoryId)
                  and (cast(:scopeUnitId as bigint) is null or a.unit_id = :scopeUnitId)
                  and """ + UnitTreeSql.inDescendants("a.unit_id") + """
                  and (cast(:grade as text) is null or a.grade = :grade)
                  and (cast(:scoreFrom as numeric) is null or a.total >= :scoreFrom)
                  and (cast(:scoreBelow as numeric) is null or a.total < :scoreBelow)""")
                .param("scoreFrom", band.from()).param("scoreBelow", band.below())
                .param("periodId", filter.periodId()).param("publishedOnly", publishedOnly)
                .param("categoryId", filter.categoryId()).param("scopeUnitId", scope.unitIdOrNull())
                .param("parentUnitId", filter.parentUnitId())
                .param("grade", grade == null ? null : grade.name())
                .query(Long.class).single();
    }

    Optional<String> periodName(long periodId) {
        return jdbc.sql("select " + PeriodKind.sqlName("") + " from reporting_period where id = ?")
                .param(periodId).query(String.class).optional();
    }
}
