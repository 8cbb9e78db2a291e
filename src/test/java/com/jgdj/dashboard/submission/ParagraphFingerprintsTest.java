package com.jgdj.dashboard.submission;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ParagraphFingerprintsTest {

    static final String COPIED = "坚持把党的政治建设摆在首位，严格落实第一议题制度，全年召开中心组学习12次，推动学习贯彻走深走实，确保各项部署落地见效。";

    @Test
    void long_paragraphs_get_fingerprints_with_exact_offsets_and_headings_are_skipped() {
        String text = "一、主要工作\n" + COPIED + "\n短句。";
        List<ParagraphFingerprints.Paragraph> paragraphs = ParagraphFingerprints.of(text);
        assertEquals(1, paragraphs.size());
        assertEquals(COPIED, text.substring(paragraphs.getFirst().start(), paragraphs.getFirst().end()));
    }

    @Test
    void a_copy_with_other_numbers_spaces_and_punctuation_has_the_same_fingerprint() {
        long original = ParagraphFingerprints.of(COPIED).getFirst().fingerprint();
        String edited = COPIED.replace("12次", "9次").replace("，", ", ").replace("。", "");
        assertEquals(original, ParagraphFingerprints.of(edited).getFirst().fingerprint());
        assertNotEquals(original, ParagraphFingerprints.of(COPIED.replace("政治建设", "思想建设")).getFirst().fingerprint());
    }
}
