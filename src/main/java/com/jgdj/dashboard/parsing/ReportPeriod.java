package com.jgdj.dashboard.parsing;

/** The reporting period a report belongs to: 2023年上半年 (H1) or 2023年度 (ANNUAL). */
public record ReportPeriod(int year, Kind kind) {

    public enum Kind { H1, ANNUAL }

    /** Parses "2023H1", "2023-H1", "2023ANNUAL", "2023-annual" or a bare year (annual). */
    public static ReportPeriod parse(String s) {
        String t = s.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        if (!t.matches("\\d{4}(H1|ANNUAL|Y)?")) {
            throw new IllegalArgumentException("period must look like 2023H1 or 2023ANNUAL: " + s);
        }
        int year = Integer.parseInt(t.substring(0, 4));
        return new ReportPeriod(year, t.endsWith("H1") ? Kind.H1 : Kind.ANNUAL);
    }
}
