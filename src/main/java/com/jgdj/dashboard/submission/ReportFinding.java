package com.jgdj.dashboard.submission;

/**
 * A finding marked in the report reader: its kind, its span [{@code start}, {@code end}) of the report's text and
 * what it says, e.g. a rule violation's sentence or a passage shared with another unit's report.
 */
public record ReportFinding(Kind kind, int start, int end, String label) {

    public enum Kind {
        RULE("数字核对提示", "hl-rule"), COPY("疑似雷同段落", "hl-copy");

        private final String label;
        private final String cssClass;

        Kind(String label, String cssClass) {
            this.label = label;
            this.cssClass = cssClass;
        }

        public String label() {
            return label;
        }

        public String cssClass() {
            return cssClass;
        }
    }
}
