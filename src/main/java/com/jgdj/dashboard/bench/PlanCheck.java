package com.jgdj.dashboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans of one statement: the custom plan for its bound values (what a fresh statement gets) and the generic plan
 * (what a pooled prepared statement may switch to after five executions), and the big tables either plan reads
 * with a sequential scan.
 */
public final class PlanCheck {

    /** Tables that must never be read whole in a request path: reports, their counts, text and assessments. */
    public static final Set<String> BIG_TABLES = Set.of("submission", "submission_metric", "submission_flag",
            "submission_section", "submission_heading", "report_search", "assessment", "assessment_score",
            "assessment_adjustment");

    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    private PlanCheck() {
    }

    /** The custom plan of {@code sql} with the values of {@code binder}, without costs. */
    public static String customPlan(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("explain (costs off) " + sql)) {
            binder.bind(statement);
            return lines(statement.executeQuery());
        }
    }

    /**
     * The generic plan of {@code sql} (what a pooled prepared statement may switch to after five executions),
     * without costs: prepared on the server, explained with {@code plan_cache_mode = force_generic_plan}.
     */
    public static String genericPlan(Connection connection, String sql, List<?> values) throws SQLException {
        List<String> literals = new ArrayList<>();
        for (Object value : values) {
            literals.add(literal(value));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("prepare bench_generic_plan as " + numbered(sql));
            try {
                statement.execute("set plan_cache_mode = force_generic_plan");
                return lines(statement.executeQuery("explain (costs off) execute bench_generic_plan"
                        + (literals.isEmpty() ? "" : "(" + String.join(", ", literals) + ")")));
            } finally {
                statement.execute("reset plan_cache_mode");
                statement.execute("deallocate bench_generic_plan");
            }
        }
    }

    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    /** The big tables a plan reads with a sequential scan, in plan order. */
    public static List<String> seqScans(String plan) {
        Set<String> tables = new LinkedHashSet<>();
        Matcher m = SEQ_SCAN.matcher(plan);
        while (m.find()) {
            if (BIG_TABLES.contains(m.group(1))) {
                tables.add(m.group(1));
            }
        }
        return new ArrayList<>(tables);
    }

    /**
     * The plan with every bound value and parameter replaced by {@code ?}, to compare a generic with a custom plan:
     * equal shapes mean the statement keeps its plan however often it runs.
     */
    public static String shape(String plan) {
        return plan.replaceAll("\\$\\d+", "?")
                .replaceAll("'(?:[^']|'')*'::[\\w ]+(\\[\\])?", "?")
                .replaceAll("\\(\\?\\)::[\\w ]+", "?")
                .replaceAll("\\b\\d+\\b", "?");
    }

    /** JDBC's {@code ?} placeholders as PostgreSQL's {@code $1, $2, …} (quoted text and identifiers untouched). */
    static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int n = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else if (c == '?') {
                out.append('$').append(++n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String lines(ResultSet rs) throws SQLException {
        StringBuilder plan = new StringBuilder();
        while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
        }
        return plan.toString();
    }

    /** Binds the statement's values. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
