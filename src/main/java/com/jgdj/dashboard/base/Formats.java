package com.jgdj.dashboard.base;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and sizes as the committee writes them: 2024年6月30日, 2024-06-30 14:05. */
public final class Formats {

    /** The committee works in China Standard Time whatever zone the server runs in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(ZONE));
    }

    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    public static String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
