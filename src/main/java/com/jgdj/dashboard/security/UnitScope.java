package com.jgdj.dashboard.security;

/**
 * What part of the data the signed-in user may read and write. Services pass {@link #unitIdOrNull()} into
 * their queries ({@code :unitId is null or unit_id = :unitId}) so the limit holds below the UI.
 */
public record UnitScope(Long unitId) {

    public static final UnitScope ALL = new UnitScope(null);

    public boolean isAll() {
        return unitId == null;
    }

    public boolean includes(long candidateUnitId) {
        return unitId == null || unitId == candidateUnitId;
    }

    public Long unitIdOrNull() {
        return unitId;
    }
}
