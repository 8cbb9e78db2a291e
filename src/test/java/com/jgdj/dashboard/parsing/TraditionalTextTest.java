package com.jgdj.dashboard.parsing;

import com.ibm.icu.text.Transliterator;
import com.jgdj.dashboard.demo.DemoReportTexts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TraditionalTextTest {

    /** What the run-by-run conversion must equal: ICU over the whole text, kept only when the length stays. */
    private static String wholeText(String text) {
        String simplified = Transliterator.getInstance("Traditional-Simplified").transliterate(text);
        return simplified.length() == text.length() ? simplified : text;
    }

    @Test
    void phrases_and_characters_convert_as_icu_converts_them() {
        assertEquals("一、党建工作\n关系显着，什么是余地？", TraditionalText.forMatching("一、黨建工作\n關係显著，甚麼是餘地？"));
        assertEquals("发展党员3名（2023年）", TraditionalText.forMatching("發展黨員3名（2023年）"));
    }

    @Test
    void a_text_is_kept_as_it_is_when_nothing_converts_or_the_length_would_change() {
        String plain = "Party work 2023: 10 meetings.";
        assertSame(plain, TraditionalText.forMatching(plain));
        // 齘 converts to a character outside the basic plane (two chars): offsets would move
        assertEquals("黨建齘齒", TraditionalText.forMatching("黨建齘齒"));
    }

    @Test
    void demo_and_seed_reports_and_their_traditional_forms_convert_exactly_as_the_whole_text_does() {
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        List<String> texts = new ArrayList<>(DemoReportTexts.of(100, 2, 42L, LocalDate.of(2026, 12, 1)));
        Seeds.ALL.forEach(name -> texts.add(Seeds.text(name)));
        int changed = 0;
        for (String text : List.copyOf(texts)) {
            String traditional = toTraditional.transliterate(text);
            for (String t : List.of(text, traditional)) {
                String expected = wholeText(t);
                assertEquals(expected, TraditionalText.forMatching(t));
                changed += expected.equals(t) ? 0 : 1;
            }
        }
        assertEquals(205, texts.size());
        // every traditional form converts, and the simplified reports that hold a phrase ICU converts (显著)
        assertEquals(315, changed);
    }
}
