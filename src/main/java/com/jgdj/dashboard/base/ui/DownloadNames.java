package com.jgdj.dashboard.base.ui;

import java.util.Locale;

/**
 * The name a download is saved under, made from a stored (user-supplied) file name: no folders, no control
 * characters, quotes or characters that end a header parameter, and always the extension of what is really sent —
 * so a report stored as {@code evil.html} is saved as {@code evil.html.txt}, never as a page the browser would open.
 * Vaadin's download handlers send it with {@code Content-Disposition: attachment}.
 */
public final class DownloadNames {

    private static final int MAX_LENGTH = 120;

    private DownloadNames() {
    }

    /** {@code extension} without the dot ({@code txt}, {@code docx}, {@code xlsx}); {@code fallback} without it. */
    public static String safe(String stored, String extension, String fallback) {
        String name = stored == null ? "" : stored;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"'`<>:*?|;%\\\\]", "_").strip();
        name = name.replaceFirst("^[.\\s]+", "");
        if (name.isEmpty()) {
            name = fallback;
        }
        String suffix = "." + extension;
        if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
            name = name.substring(0, name.length() - suffix.length());
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        return name + suffix;
    }
}
