package com.jgdj.dashboard.base.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkupTest {

    @Test
    void markup_characters_and_quotes_come_out_as_entities_and_chinese_unchanged() {
        assertEquals("&lt;b title=&quot;x&quot;&gt;党委&amp;&#39;&lt;/b&gt;", Markup.text("<b title=\"x\">党委&'</b>"));
    }
}
