package com.jgdj.dashboard.submission;

/**
 * 疑似雷同: a paragraph of a report (offsets into its text) that also stands in the latest report of
 * {@code otherUnits} other units in the same period; the first of them by pinyin is named.
 */
public record CopyMatch(int startOffset, int endOffset, String otherUnitName, long otherSubmissionId, long otherUnits) {

    public String message() {
        return "与" + otherUnitName + (otherUnits > 1 ? "等" + otherUnits + "个单位" : "") + "的报告段落相同";
    }
}
