package com.jgdj.dashboard.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The layout of a backup file: a ZIP (deflate-compressed) with {@value #MANIFEST} (format, schema version, tables in
 * dependency order and their columns, sequence values) and one {@code tables/NAME.copy} entry per table in
 * PostgreSQL's COPY text format.
 */
final class BackupArchive {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "jgdj-dashboard-backup-1";
    static final String SCHEMA_VERSION = "schema.version";
    static final String TABLES = "tables";

    private BackupArchive() {
    }

    static String tableEntry(String table) {
        return "tables/" + table + ".copy";
    }

    static List<String> list(Properties manifest, String key) {
        String value = manifest.getProperty(key, "");
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    static String join(List<String> values) {
        return String.join(",", new ArrayList<>(values));
    }
}
