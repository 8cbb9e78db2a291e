package com.jgdj.dashboard.orgunit;

public record CategoryOption(long id, String name) {
}
