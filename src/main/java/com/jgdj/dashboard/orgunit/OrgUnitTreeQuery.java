package com.jgdj.dashboard.orgunit;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The units as a tree of 上级单位: one level at a time (children counted in SQL, through {@code org_unit_parent_idx}),
 * and the cycle check that a change of parent runs inside its transaction.
 */
@Component
class OrgUnitTreeQuery {

    /** The same key as the database trigger {@code org_unit_refuse_parent_cycle}: changes of parent queue up. */
    private static final String TREE_LOCK = "select 1 from pg_advisory_xact_lock(hashtext('org_unit.parent_id'))";

    private static final String MATCHES = """
            (cast(:name as text) is null or u.name ilike '%' || cast(:name as text) || '%')
              and (cast(:categoryId as bigint) is null or u.category_id = :categoryId)
              and (:includeInactive or u.active)
            """;

    /**
     * With a name or category filter, the tree shows the matching units with their ancestors (so a match keeps its
     * place); {@code shown} is that set, or every unit without a filter.
     */
    private static final String SHOWN = """
            with recursive shown (id) as (
                select u.id from org_unit u where %s
                union
                select p.parent_id from org_unit p join shown s on p.id = s.id where p.parent_id is not null
            )
            """.formatted(MATCHES);

    private final JdbcClient jdbc;

    OrgUnitTreeQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the children of {@code parentId} (the roots when null) that the filter shows. A reporter (scoped to
     * one unit) sees its unit as the only root.
     */
    List<OrgUnitTreeRow> children(Long parentId, OrgUnitFilter filter, UnitScope scope, int offset, int limit) {
        return bind(jdbc.sql(SHOWN + """
                select u.id, u.name, u.short_name, c.name as category_name, u.org_type, u.secretary_name,
                       u.contact_name, u.contact_phone, u.active,
                       case when cast(:scopeUnitId as bigint) is not null then 0 else
                           (select count(*) from org_unit k where k.parent_id = u.id and k.id in (select id from shown))
                       end as children
                from org_unit u join category c on c.id = u.category_id
                where u.id in (select id from shown)
                  and """ + LEVEL + """
                order by u.name collate "zh-x-icu", u.id
                offset :offset limit :limit"""), parentId, filter, scope)
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(OrgUnitTreeRow.class)).list();
    }

    long countChildren(Long parentId, OrgUnitFilter filter, UnitScope scope) {
        return bind(jdbc.sql(SHOWN + """
                select count(*) from org_unit u where u.id in (select id from shown) and """ + LEVEL),
                parentId, filter, scope).query(Long.class).single();
    }

    private static final String LEVEL = """
            (case when cast(:scopeUnitId as bigint) is not null then u.id = :scopeUnitId and cast(:parentId as bigint) is null
                  when cast(:parentId as bigint) is null then u.parent_id is null
                  else u.parent_id = :parentId end)
            """;

    /** Whether {@code unitId} lies at or above {@code candidateParentId}: making it the parent would close a cycle. */
    boolean wouldCloseCycle(long unitId, long candidateParentId) {
        jdbc.sql(TREE_LOCK).query(Integer.class).single();
        return jdbc.sql("""
                with recursive up (id) as (
                    select cast(:parentId as bigint)
                    union
                    select u.parent_id from org_unit u join up on u.id = up.id where u.parent_id is not null
                )
                select exists (select 1 from up where id = :unitId)""")
                .param("parentId", candidateParentId).param("unitId", unitId)
                .query(Boolean.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Long parentId, OrgUnitFilter filter,
                                                 UnitScope scope) {
        String name = filter.nameContains() == null || filter.nameContains().isBlank() ? null
                : OrgUnitQuery.escapeLike(filter.nameContains().trim());
        return spec.param("name", name)
                .param("categoryId", filter.categoryId())
                .param("includeInactive", filter.includeInactive())
                .param("scopeUnitId", scope.unitIdOrNull())
                .param("parentId", parentId);
    }
}
