package com.jgdj.dashboard.orgunit;

/** A unit as a choice in a selector. */
public record UnitOption(long id, String name) {
}
