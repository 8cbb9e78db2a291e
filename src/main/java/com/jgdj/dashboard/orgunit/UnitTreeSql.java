package com.jgdj.dashboard.orgunit;

/**
 * The one home of "the units below a 上级单位" for the read models of other features: a recursive common table
 * expression {@code descendants (id)} of every unit below {@code :parentUnitId} (children, their children …, not the
 * unit itself; empty when the parameter is null), walked down through {@code org_unit_parent_idx}. Put it in a
 * {@code with recursive} list and filter with {@link #IN_DESCENDANTS}.
 */
public final class UnitTreeSql {

    public static final String DESCENDANTS = """
            descendants (id) as (
                select c.id from org_unit c where c.parent_id = cast(:parentUnitId as bigint)
                union
                select c.id from org_unit c join descendants d on c.parent_id = d.id
            )
            """;

    /** A condition on a unit id column: true without a parent filter, else when the unit lies below the parent. */
    public static String inDescendants(String unitIdColumn) {
        return "(cast(:parentUnitId as bigint) is null or " + unitIdColumn + " in (select id from descendants))";
    }

    /**
     * A common table expression {@code filtered_units (id)} after {@link #DESCENDANTS} in the same list: the units in
     * the user's scope ({@code :scopeUnitId}), of the category ({@code :categoryId}), below the 上级单位
     * ({@code :parentUnitId}) and graded {@code :grade} in {@code :periodId} (only published grades when
     * {@code :publishedOnly}); a null parameter does not filter. The findings lists and their overview figures share it.
     */
    public static final String FILTERED_UNITS = """
            filtered_units (id) as (
                select u.id from org_unit u
                where (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
                  and (cast(:categoryId as bigint) is null or u.category_id = :categoryId)
                  and """ + inDescendants("u.id") + """
                  and (cast(:grade as text) is null or exists (
                        select 1 from assessment g where g.unit_id = u.id and g.period_id = :periodId
                          and g.grade = :grade and (not :publishedOnly or g.status = 'PUBLISHED')))
            )
            """;

    private UnitTreeSql() {
    }
}
