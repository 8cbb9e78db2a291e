package com.jgdj.dashboard.orgunit;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

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
                .query(RecordRows.of(OrgUnitRow.class)).list();
    }

    long count(OrgUnitFilter filter, UnitScope scope) {
        return bind(jdbc.sql("select count(*) from org_unit u " + WHERE), filter, scope)
                .query(Long.class).single();
    }

    /** The unit whose full name, or else short name, appears in a file name; the longest match wins. */
    Optional<UnitOption> matchFileName(String fileName, UnitScope scope) {
        return jdbc.sql("""
                select u.id, u.name from org_unit u
                where u.active and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
                  and (position(u.name in :fileName) > 0
                       or (length(u.short_name) >= 2 and position(u.short_name in :fileName) > 0))
                order by (position(u.name in :fileName) > 0) desc, length(u.name) desc, length(u.short_name) desc
                limit 1""")
                .param("fileName", fileName).param("scopeUnitId", scope.unitIdOrNull())
                .query(RecordRows.of(UnitOption.class)).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrgUnitFilter filter, UnitScope scope) {
        String name = filter.nameContains() == null || filter.nameContains().isBlank() ? null
                : escapeLike(filter.nameContains().trim());
        return spec.param("name", name)
                .param("categoryId", filter.categoryId())
                .param("includeInactive", filter.includeInactive())
                .param("scopeUnitId", scope.unitIdOrNull());
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
