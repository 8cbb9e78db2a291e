package com.jgdj.dashboard.search;

import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.security.UnitScope;
import com.jgdj.dashboard.parsing.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search read model. The GIN index on {@code report_search.terms} finds the reports holding every lexeme of the
 * query; a term that is not itself a lexeme (a phrase of three or more characters, 2023年) is then rechecked with
 * {@code strpos} in the text, a one- or two-character word is not (the index decides it). A query matching at most
 * {@link SearchService#COUNT_CAP} reports is ordered by the number of occurrences, which reads each match's text;
 * one matching more is listed newest upload first, straight from the primary key, reading only the texts shown — so
 * a word found in nearly every report costs the same at 100,000 reports as at 10,000. The statement holds only the
 * filters that are set.
 */
@Component
class SearchQuery {

    /** Characters shown before the first hit, and in all. */
    static final int SNIPPET_BEFORE = 30;
    static final int SNIPPET_LENGTH = 110;

    private final JdbcClient jdbc;

    SearchQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How a page of hits is ordered. */
    enum Order {
        /** most occurrences first, then the latest period, then the unit's name */
        OCCURRENCES("occurrences desc, p.seq desc, u.name collate \"zh-x-icu\", s.id"),
        /** the newest upload first */
        NEWEST("s.id desc");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    List<SearchHit> hits(SearchFilter filter, List<String> terms, UnitScope scope, boolean publishedGradesOnly,
                         Order order, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, terms, scope, publishedGradesOnly, params);
        StringBuilder occurrences = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            occurrences.append(i == 0 ? "" : " + ").append("(length(l.text) - length(replace(l.text, :t")
                    .append(i).append(", ''))) / length(:t").append(i).append(")");
        }
        String sql = """
                select s.id as submission_id, s.unit_id, u.name as unit_name, p.year as period_year,
                       p.kind as period_kind, s.title, %s as occurrences,
                       strpos(l.text, :t0) - 1 as first_offset,
                       greatest(strpos(l.text, :t0) - 1 - %d, 0) as snippet_start,
                       substr(s.full_text, greatest(strpos(l.text, :t0) - %d, 1), %d) as snippet
                from report_search r
                join submission s on s.id = r.submission_id
                join org_unit u on u.id = s.unit_id
                join reporting_period p on p.id = s.period_id
                cross join lateral (select lower(s.full_text) as text) l
                %s
                order by %s
                offset :offset limit :limit""".formatted(occurrences, SNIPPET_BEFORE, SNIPPET_BEFORE,
                SNIPPET_LENGTH, where, order.sql);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new SearchHit(rs.getLong("submission_id"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), rs.getInt("period_year"),
                        PeriodKind.valueOf(rs.getString("period_kind")), rs.getString("title"),
                        rs.getInt("occurrences"), rs.getInt("first_offset"), rs.getString("snippet"),
                        rs.getInt("snippet_start"), terms))
                .list();
    }

    /** The number of matching reports, counted up to {@code cap} + 1 (so a caller can say "more than cap"). */
    long count(SearchFilter filter, List<String> terms, UnitScope scope, boolean publishedGradesOnly, int cap) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, terms, scope, publishedGradesOnly, params);
        params.put("cap", cap + 1);
        return jdbc.sql("""
                select count(*) from (
                    select 1 from report_search r
                    join submission s on s.id = r.submission_id
                    join org_unit u on u.id = s.unit_id
                    cross join lateral (select lower(s.full_text) as text) l
                    %s
                    limit :cap) hits""".formatted(where)).params(params).query(Long.class).single();
    }

    /** The plan of the statement behind {@link #hits}, for tests and the bench. */
    String plan(SearchFilter filter, List<String> terms, UnitScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, terms, scope, false, params);
        return String.join("\n", jdbc.sql("explain select s.id from report_search r join submission s on s.id = "
                + "r.submission_id join org_unit u on u.id = s.unit_id "
                + "cross join lateral (select lower(s.full_text) as text) l " + where).params(params)
                .query(String.class).list());
    }

    private static String where(SearchFilter filter, List<String> terms, UnitScope scope, boolean publishedGradesOnly,
                                Map<String, Object> params) {
        StringBuilder where = new StringBuilder("where r.terms @@ cast(:query as tsquery) and s.latest");
        params.put("query", SearchTerms.query(terms));
        for (int i = 0; i < terms.size(); i++) {
            if (!SearchTerms.indexedWhole(terms.get(i))) {
                where.append(" and strpos(l.text, :t").append(i).append(") > 0");
            }
            params.put("t" + i, terms.get(i));
        }
        if (filter.periodId() != null) {
            where.append(" and s.period_id = :periodId");
            params.put("periodId", filter.periodId());
        }
        if (filter.unitId() != null) {
            where.append(" and s.unit_id = :unitId");
            params.put("unitId", filter.unitId());
        }
        if (!scope.isAll()) {
            where.append(" and s.unit_id = :scopeUnitId");
            params.put("scopeUnitId", scope.unitIdOrNull());
        }
        if (filter.categoryId() != null) {
            where.append(" and u.category_id = :categoryId");
            params.put("categoryId", filter.categoryId());
        }
        if (filter.grade() != null) {
            where.append(" and exists (select 1 from assessment a where a.unit_id = s.unit_id")
                    .append(" and a.period_id = s.period_id and a.grade = :grade")
                    .append(publishedGradesOnly ? " and a.status = 'PUBLISHED')" : ")");
            params.put("grade", filter.grade().name());
        }
        if (filter.flag() != null) {
            where.append(" and exists (select 1 from submission_flag f where f.submission_id = s.id and f.code = :flag)");
            params.put("flag", filter.flag().name());
        }
        return where.toString();
    }
}
