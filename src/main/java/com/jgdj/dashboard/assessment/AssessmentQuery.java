package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.grading.QuotaEntry;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read model of a period's assessment list; active units plus any unit already assessed in the period. */
@Component
class AssessmentQuery {

    private static final String FROM = """
            from org_unit u
            join category c on c.id = u.category_id
            left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
            left join assessment a on a.unit_id = u.id and a.period_id = :periodId
            where (u.active or a.id is not null)
              and (cast(:name as text) is null or u.name ilike '%' || cast(:name as text) || '%')
              and (cast(:status as text) is null or a.status = :status)
              and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
            """;

    private final JdbcClient jdbc;

    AssessmentQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AssessmentRow> rows(AssessmentFilter filter, UnitScope scope, int offset, int limit) {
        return bind(jdbc.sql("""
                select u.id as unit_id, u.name as unit_name, c.name as category_name, s.id as submission_id,
                       s.late, a.id as assessment_id, a.status, a.total, a.grade, a.self_score,
                       a.updated_by as graded_by
                """ + FROM + """
                order by c.sort_order, u.name collate "zh-x-icu", u.id
                offset :offset limit :limit"""), filter, scope)
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(AssessmentRow.class)).list();
    }

    long count(AssessmentFilter filter, UnitScope scope) {
        return bind(jdbc.sql("select count(*) " + FROM), filter, scope).query(Long.class).single();
    }

    Optional<AssessmentRow> row(long periodId, long unitId) {
        return bind(jdbc.sql("""
                select u.id as unit_id, u.name as unit_name, c.name as category_name, s.id as submission_id,
                       s.late, a.id as assessment_id, a.status, a.total, a.grade, a.self_score,
                       a.updated_by as graded_by
                """ + FROM + " and u.id = :unitId"), new AssessmentFilter(periodId, null, null), UnitScope.ALL)
                .param("unitId", unitId).query(RecordRows.of(AssessmentRow.class)).optional();
    }

    PeriodProgress progress(long periodId) {
        return jdbc.sql("""
                select count(*) as units,
                       count(*) filter (where a.id is null) as not_started,
                       count(*) filter (where a.status = 'DRAFT') as draft,
                       count(*) filter (where a.status = 'REVIEW') as review,
                       count(*) filter (where a.status = 'APPROVED') as approved,
                       count(*) filter (where a.status = 'PUBLISHED') as published
                from org_unit u left join assessment a on a.unit_id = u.id and a.period_id = :periodId
                where u.active or a.id is not null""")
                .param("periodId", periodId).query(RecordRows.of(PeriodProgress.class)).single();
    }

    /** The period's effective grades (quota decisions included) and how many units have each. */
    java.util.Map<Grade, Long> grades(long periodId) {
        java.util.Map<Grade, Long> grades = new java.util.EnumMap<>(Grade.class);
        jdbc.sql("select grade, count(*) from assessment where period_id = ? and grade is not null group by grade")
                .param(periodId).query((rs, i) -> java.util.Map.entry(Grade.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(e -> grades.put(e.getKey(), e.getValue()));
        return grades;
    }

    /**
     * The scheme the period's assessments are graded on (all of a period's assessments share one). Ordered as
     * {@code assessment_period_idx} is, so the first index entry answers (without it a sequential scan looked cheap
     * for one row and read most of the table for the latest period).
     */
    Optional<Long> schemeOfPeriod(long periodId) {
        return jdbc.sql("select scheme_id from assessment where period_id = ? order by period_id, status limit 1")
                .param(periodId).query(Long.class).optional();
    }

    /** The units the 优秀 quota is counted over: every graded assessment of the period (审定 needs all units graded). */
    List<QuotaEntry> quotaEntries(long periodId) {
        return jdbc.sql("""
                select a.id, u.name, c.name as category, a.total, a.grade
                from assessment a join org_unit u on u.id = a.unit_id join category c on c.id = u.category_id
                where a.period_id = ? and a.grade is not null""")
                .param(periodId)
                .query((rs, i) -> new QuotaEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), Grade.valueOf(rs.getString(5))))
                .list();
    }

    /**
     * The period's graded units per category, in SQL (the overview needs the places, not the units): read from the
     * ranks the database keeps ({@code period_rank}, one row per category through {@code period_rank_category_idx}).
     */
    Map<String, Integer> gradedUnitsByCategory(long periodId) {
        PeriodSummaries.settle(jdbc);
        return jdbc.sql("""
                select c.name, r.category_units as units
                from category c
                cross join lateral (
                    select r.category_units from period_rank r
                    where r.period_id = ? and not r.published_only and r.category_id = c.id
                    limit 1) r""")
                .param(periodId)
                .query((rs, i) -> Map.entry(rs.getString("name"), rs.getInt("units")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<Long> latestSubmission(long unitId, long periodId) {
        return jdbc.sql("select id from submission where unit_id = ? and period_id = ? and latest")
                .params(unitId, periodId).query(Long.class).optional();
    }

    List<RevisionRow> revisions(long assessmentId) {
        return jdbc.sql("""
                select id, revised_at, revised_by, reason, total_before, grade_before, total_after, grade_after, changes
                from assessment_revision where assessment_id = ? order by revised_at, id""")
                .param(assessmentId).query(RecordRows.of(RevisionRow.class)).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AssessmentFilter filter,
                                                 UnitScope scope) {
        String name = filter.nameContains() == null || filter.nameContains().isBlank() ? null
                : filter.nameContains().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return spec.param("periodId", filter.periodId())
                .param("name", name)
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("scopeUnitId", scope.unitIdOrNull());
    }
}
