package com.jgdj.dashboard.parsing;

/** An inline enumeration item such as "一是" or "第二，"; {@code marker} = text.substring(start, end). */
public record InlineItem(int ordinal, String marker, int line, int start, int end) {
}
