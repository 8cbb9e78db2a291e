package com.jgdj.dashboard.base.ui;

import org.springframework.web.util.HtmlUtils;

/**
 * Text written into markup the server renders as one element ({@code Html}: the overview's figure tiles, the side
 * navigation), always through here: escaped, so that a name or a figure shows as text and never becomes markup.
 */
public final class Markup {

    private Markup() {
    }

    /** The text with {@code & < > " '} escaped, for an element's content or a quoted attribute value. */
    public static String text(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
