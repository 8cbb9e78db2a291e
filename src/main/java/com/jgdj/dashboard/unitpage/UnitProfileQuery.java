package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The unit page's read model. A unit's ranks, the city's medians and dimension averages come from the per-period
 * summaries the database keeps on every write that changes them ({@link PeriodSummaries}). With
 * {@code publishedOnly} (reporters) only published results count.
 */
@Component
class UnitProfileQuery {

    private static final String PERIOD_NAME = PeriodKind.sqlName("p");
    private static final String VISIBLE = "b.grade is not null and (not :publishedOnly or b.status = 'PUBLISHED')";

    private final JdbcClient jdbc;

    UnitProfileQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All periods, latest first. */
    List<UnitPeriodOption> periods(long unitId, boolean publishedOnly) {
        return jdbc.sql("select p.id, " + PERIOD_NAME + """
                         as name,
                       exists (select 1 from submission s where s.unit_id = :unitId and s.period_id = p.id)
                       or exists (select 1 from assessment b where b.unit_id = :unitId and b.period_id = p.id
                                  and\s""" + VISIBLE + """
                       ) as has_data
                from reporting_period p
                order by p.seq desc""")
                .param("unitId", unitId).param("publishedOnly", publishedOnly)
                .query(RecordRows.of(UnitPeriodOption.class)).list();
    }

    /** Empty when the unit does not exist or lies outside the scope. */
    Optional<UnitPeriodFacts> facts(long unitId, Long periodId, Long previousId, boolean publishedOnly,
                                    UnitScope scope) {
        PeriodSummaries.settle(jdbc);
        return jdbc.sql("""
                with facts as (
                    select r.period_id, r.total, r.grade, r.status, r.overall_rank, r.units, r.category_rank,
                           r.category_units
                    from period_rank r
                    where r.unit_id = :unitId and r.period_id in (:periodId, :previousId)
                      and r.published_only = :publishedOnly
                ),
                subs as (
                    select s.period_id, s.id, s.late, s.flag_count
                    from submission s
                    where s.unit_id = :unitId and s.period_id in (:periodId, :previousId) and s.latest
                )
                select u.id as unit_id, u.name as unit_name, c.name as category_name, u.secretary_name,
                       cs.id as submission_id, cs.late, cs.flag_count,
                       cf.total, cf.grade, cf.status, cf.overall_rank, cf.units, cf.category_rank, cf.category_units,
                       pf.total as previous_total, pf.grade as previous_grade, pf.overall_rank as previous_rank,
                       ps.flag_count as previous_flag_count,
                       cf.total - pf.total as total_delta,
                       pf.overall_rank - cf.overall_rank as rank_change,
                       cs.flag_count - ps.flag_count as flag_delta
                from org_unit u
                join category c on c.id = u.category_id
                left join facts cf on cf.period_id = :periodId
                left join facts pf on pf.period_id = :previousId
                left join subs cs on cs.period_id = :periodId
                left join subs ps on ps.period_id = :previousId
                where u.id = :unitId
                  and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)""")
                .param("unitId", unitId).param("periodId", periodId).param("previousId", previousId)
                .param("publishedOnly", publishedOnly).param("scopeUnitId", scope.unitIdOrNull())
                .query(RecordRows.of(UnitPeriodFacts.class)).optional();
    }

    /** The unit's total, grade and rank in every period in which any unit is graded, oldest first. */
    List<GradeHistoryRow> history(long unitId, boolean publishedOnly) {
        PeriodSummaries.settle(jdbc);
        return jdbc.sql("select p.id as period_id, " + PERIOD_NAME + """
                         as period_name, r.total, r.grade, r.overall_rank,
                       (select x.units from period_rank x where x.period_id = p.id
                        and x.published_only = :publishedOnly order by x.position limit 1) as units
                from reporting_period p
                left join period_rank r on r.period_id = p.id and r.unit_id = :unitId
                                       and r.published_only = :publishedOnly
                where exists (select 1 from period_rank x where x.period_id = p.id
                              and x.published_only = :publishedOnly)
                order by p.seq""")
                .param("unitId", unitId).param("publishedOnly", publishedOnly)
                .query(RecordRows.of(GradeHistoryRow.class)).list();
    }

    /**
     * The dimensions of the scheme the unit was assessed on in the period, against the averages over the graded
     * units of the period (city) and of the unit's category.
     */
    List<DimensionScoreRow> dimensions(long unitId, long periodId, Long previousId, boolean publishedOnly) {
        PeriodSummaries.settle(jdbc);
        return jdbc.sql("""
                with mine as (
                    select a.id, a.scheme_id, u.category_id
                    from assessment a join org_unit u on u.id = a.unit_id
                    where a.unit_id = :unitId and a.period_id = :periodId
                      and a.grade is not null and (not :publishedOnly or a.status = 'PUBLISHED')
                ),
                city as (
                    select dimension_id, sum(points) / sum(scores) as avg_points from period_dimension_points
                    where period_id = :periodId and published_only = :publishedOnly group by dimension_id
                ),
                category as (
                    select dimension_id, points / scores as avg_points from period_dimension_points
                    where period_id = :periodId and published_only = :publishedOnly
                      and category_id = (select category_id from mine)
                ),
                previous as (
                    select d.name, s.points
                    from assessment b
                    join assessment_score s on s.assessment_id = b.id
                    join scheme_dimension d on d.id = s.dimension_id
                    where b.unit_id = :unitId and b.period_id = :previousId and\s""" + VISIBLE + """
                )
                select d.id as dimension_id, d.name, d.max_points, ms.points,
                       round(100 * ms.points / d.max_points, 1) as share,
                       round(100 * city.avg_points / d.max_points, 1) as city_share,
                       round(100 * category.avg_points / d.max_points, 1) as category_share,
                       previous.points as previous_points, ms.points - previous.points as delta
                from mine
                join scheme_dimension d on d.scheme_id = mine.scheme_id
                left join assessment_score ms on ms.assessment_id = mine.id and ms.dimension_id = d.id
                left join city on city.dimension_id = d.id
                left join category on category.dimension_id = d.id
                left join previous on previous.name = d.name
                order by d.sort_order, d.id""")
                .param("unitId", unitId).param("periodId", periodId).param("previousId", previousId)
                .param("publishedOnly", publishedOnly)
                .query(RecordRows.of(DimensionScoreRow.class)).list();
    }

    /**
     * The counts of the unit's latest report for the period per indicator and measure word, against the median over
     * the latest reports of the period that give the same count, and the counts of its previous report.
     */
    List<IndicatorCountRow> indicators(long unitId, long periodId, Long previousId) {
        PeriodSummaries.settle(jdbc);
        return jdbc.sql("""
                with mine as (
                    select m.indicator_id, m.unit, sum(m.number) as count
                    from submission s
                    join submission_metric m on m.submission_id = s.id
                    where s.unit_id = :unitId and s.period_id = :periodId and s.latest and m.indicator_id is not null
                    group by m.indicator_id, m.unit
                ),
                city as (
                    select indicator_id, unit, median as city_median, reporting_units from period_count_median
                    where period_id = :periodId and (indicator_id, unit) in (select indicator_id, unit from mine)
                ),
                previous as (
                    select m.indicator_id, m.unit, sum(m.number) as count
                    from submission s
                    join submission_metric m on m.submission_id = s.id
                    where s.unit_id = :unitId and s.period_id = :previousId and s.latest and m.indicator_id is not null
                    group by m.indicator_id, m.unit
                )
                select i.id as indicator_id, i.name as indicator, coalesce(mine.unit, previous.unit) as unit,
                       mine.count, city.city_median, city.reporting_units,
                       previous.count as previous_count, mine.count - previous.count as delta
                from mine
                full join previous on previous.indicator_id = mine.indicator_id and previous.unit = mine.unit
                join indicator i on i.id = coalesce(mine.indicator_id, previous.indicator_id)
                left join city on city.indicator_id = mine.indicator_id and city.unit = mine.unit
                order by i.sort_order, i.name, coalesce(mine.unit, previous.unit)""")
                .param("unitId", unitId).param("periodId", periodId).param("previousId", previousId)
                .query(RecordRows.of(IndicatorCountRow.class)).list();
    }

    /** The counts in the unit's latest report for the period whose indicator is evidence for the dimension. */
    List<DimensionEvidenceRow> evidence(long unitId, long periodId, long dimensionId) {
        return jdbc.sql("""
                select m.ordinal, i.name as indicator, m.text, m.start_offset, m.quantity_start, m.end_offset
                from submission s
                join submission_metric m on m.submission_id = s.id
                join indicator i on i.id = m.indicator_id
                join scheme_dimension d on d.name = i.dimension_name
                where s.unit_id = :unitId and s.period_id = :periodId and s.latest and d.id = :dimensionId
                order by m.start_offset, m.ordinal""")
                .param("unitId", unitId).param("periodId", periodId).param("dimensionId", dimensionId)
                .query(RecordRows.of(DimensionEvidenceRow.class)).list();
    }

    /** The bonuses and deductions of the unit's assessment for the period, with their evidence. */
    List<AdjustmentEvidenceRow> adjustments(long unitId, long periodId, boolean publishedOnly) {
        return jdbc.sql("""
                select ad.position, i.kind, i.name as item_name, ad.points, ad.reason, ad.evidence_submission_id,
                       ad.evidence_start, ad.evidence_text
                from assessment b
                join assessment_adjustment ad on ad.assessment_id = b.id
                join scheme_item i on i.id = ad.item_id
                where b.unit_id = :unitId and b.period_id = :periodId and\s""" + VISIBLE + """
                order by ad.position""")
                .param("unitId", unitId).param("periodId", periodId).param("publishedOnly", publishedOnly)
                .query(RecordRows.of(AdjustmentEvidenceRow.class)).list();
    }

    /** Every version of every report of the unit, latest period and version first. */
    List<UnitSubmissionRow> submissions(long unitId, UnitScope scope, int offset, int limit) {
        return jdbc.sql("select s.id, " + PERIOD_NAME + """
                         as period_name, s.version_no, s.latest, s.file_name, s.submitted_at,
                       s.status, s.late, s.flag_count
                from submission s join reporting_period p on p.id = s.period_id
                where s.unit_id = :unitId and (cast(:scopeUnitId as bigint) is null or s.unit_id = :scopeUnitId)
                order by p.seq desc, s.version_no desc
                offset :offset limit :limit""")
                .param("unitId", unitId).param("scopeUnitId", scope.unitIdOrNull())
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(UnitSubmissionRow.class)).list();
    }

    long submissionCount(long unitId, UnitScope scope) {
        return jdbc.sql("""
                select count(*) from submission s
                where s.unit_id = :unitId and (cast(:scopeUnitId as bigint) is null or s.unit_id = :scopeUnitId)""")
                .param("unitId", unitId).param("scopeUnitId", scope.unitIdOrNull())
                .query(Long.class).single();
    }
}
