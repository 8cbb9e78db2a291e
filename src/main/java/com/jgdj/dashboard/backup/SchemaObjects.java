package com.jgdj.dashboard.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a backup holds, read from the catalog: the public schema's tables in foreign-key order, their columns, sequences. */
final class SchemaObjects {

    static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    private SchemaObjects() {
    }

    /** Every table of the public schema except Liquibase's, each after the tables it references. */
    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        Map<String, Set<String>> references = new TreeMap<>();
        for (List<String> row : rows(c, """
                select c.relname, coalesce(r.relname, '') from pg_class c
                left join pg_constraint f on f.conrelid = c.oid and f.contype = 'f'
                left join pg_class r on r.oid = f.confrelid and r.oid <> c.oid
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')""")) {
            if (!LIQUIBASE_TABLES.contains(row.get(0))) {
                Set<String> refs = references.computeIfAbsent(row.get(0), t -> new LinkedHashSet<>());
                if (!row.get(1).isEmpty()) {
                    refs.add(row.get(1));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : references.keySet()) {
            visit(table, references, ordered, visiting);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> references, List<String> ordered, Set<String> visiting) {
        if (ordered.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("foreign keys form a cycle through " + visiting);
        }
        for (String ref : references.getOrDefault(table, Set.of())) {
            visit(ref, references, ordered, visiting);
        }
        visiting.remove(table);
        ordered.add(table);
    }

    /** The columns COPY can write (not generated), in table order. */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select quote_ident(a.attname) from pg_attribute a
                where a.attrelid = ('public.' || quote_ident(?))::regclass and a.attnum > 0 and not a.attisdropped
                  and a.attgenerated = '' order by a.attnum""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Sequence name → {@code last_value:is_called}. */
    static Map<String, String> sequenceValues(Connection c) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (List<String> row : rows(c, """
                select sequencename, coalesce(last_value, start_value) || ':' || (last_value is not null)
                from pg_sequences where schemaname = 'public' order by sequencename""")) {
            values.put(row.get(0), row.get(1));
        }
        return values;
    }

    static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
