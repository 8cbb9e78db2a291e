package com.jgdj.dashboard.orgunit;

import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Read model of the unit list; names sort by pinyin through ICU's zh collation. */
@Component
class OrgUnitQuery {

    private static final String WHERE = """
            where (cast(:name as text) is null or u.name ilike '%' || cast(:name as text) || '%')
              and (cast(:categoryId as bigint) is null or u.category_id = :categoryId)
              and (:includeInactive or u.active)
              and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
            """;

    private final JdbcClient jdbc;

    OrgUnitQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrgUnitRow> rows(OrgUnitFilter filter, UnitScope scope, int offset, int limit) {
        return bind(jdbc.sql("""
                select u.id, u.name, u.short_name, c.name as category_name, u.org_type, u.secretary_name,
                       u.contact_name, u.contact_phone, u.active
                from org_unit u join category c on c.id = u.category_id
                """ + WHERE + """
                order by u.name collate "zh-x-icu", u.id
                offset :offset limit :limit"""), filter, scope)
                .param("offset", offset).param("limit", limit)
                .query(OrgUnitRow.class).list();
    }

    long count(OrgUnitFilter filter, UnitScope scope) {
        return bind(jdbc.sql("select count(*) from org_unit u " + WHERE), filter, scope)
                .query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrgUnitFilter filter, UnitScope scope) {
        String name = filter.nameContains() == null || filter.nameContains().isBlank() ? null
                : escapeLike(filter.nameContains().trim());
        return spec.param("name", name)
                .param("categoryId", filter.categoryId())
                .param("includeInactive", filter.includeInactive())
                .param("scopeUnitId", scope.unitIdOrNull());
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
