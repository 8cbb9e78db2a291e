package com.jgdj.dashboard.base.db;

import com.jgdj.dashboard.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A changeset that has landed on main is never edited: the checksum Liquibase computes for it on a fresh database
 * must equal the one listed in {@code db/changelog/checksums.txt}. A new changeset needs its line there too.
 */
@IntegrationTest
class ChangelogChecksumTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_changeset_keeps_the_checksum_it_landed_with() {
        Map<String, String> applied = new LinkedHashMap<>();
        jdbc.sql("select id, md5sum from databasechangelog order by orderexecuted")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> applied.put(e.getKey(), e.getValue()));
        assertEquals(List.of(), problems(applied, Changelog.landedChecksums()));
    }

    @Test
    void an_edited_a_missing_and_an_unlisted_changeset_are_each_named() {
        assertEquals(List.of("a was edited (checksum 9:x2, landed as 9:x1): revert it and put the change in a new "
                        + "changeset file", "b is listed in db/changelog/checksums.txt but no longer in the changelog",
                "c is new: add the line \"c 9:x3\" to db/changelog/checksums.txt"),
                problems(new TreeMap<>(Map.of("a", "9:x2", "c", "9:x3")),
                        new TreeMap<>(Map.of("a", "9:x1", "b", "9:x4"))));
    }

    static List<String> problems(Map<String, String> applied, Map<String, String> landed) {
        List<String> problems = new ArrayList<>();
        landed.forEach((id, sum) -> {
            String now = applied.get(id);
            if (now == null) {
                problems.add(id + " is listed in " + Changelog.CHECKSUMS + " but no longer in the changelog");
            } else if (!now.equals(sum)) {
                problems.add(id + " was edited (checksum " + now + ", landed as " + sum
                        + "): revert it and put the change in a new changeset file");
            }
        });
        applied.forEach((id, sum) -> {
            if (!landed.containsKey(id)) {
                problems.add(id + " is new: add the line \"" + id + " " + sum + "\" to " + Changelog.CHECKSUMS);
            }
        });
        return problems;
    }
}
