package com.jgdj.dashboard.parsing;

/** An unfilled template slot such as "多少次" or "XX". */
public record Placeholder(String text, Kind kind, int start, int end) {

    public enum Kind {
        COUNT, TEXT, YEAR;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
