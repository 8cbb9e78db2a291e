package com.jgdj.dashboard.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTermsTest {

    @Test
    void a_report_gives_every_chinese_character_every_adjacent_pair_and_each_latin_or_digit_word() {
        assertEquals("'开' '开展' '展' '展党' '党' '党课' '课' '12' '次' 'pdf' '版'",
                SearchTerms.document("开展党课12次，PDF版"));
    }

    @Test
    void a_repeated_lexeme_is_listed_once() {
        assertEquals("'党' '党课' '课' '课党'", SearchTerms.document("党课党课"));
    }

    @Test
    void a_query_is_split_at_spaces_keeps_quoted_phrases_whole_and_drops_what_cannot_be_searched() {
        assertEquals(List.of("党课", "廉政 建设", "abc"),
                SearchTerms.terms("  党课　“廉政 建设” ABC ，， 党课 "));
        assertEquals(List.of(), SearchTerms.terms(" ，。 "));
        assertEquals(List.of(), SearchTerms.terms(null));
    }

    @Test
    void every_lexeme_of_every_term_is_required() {
        assertEquals("'党' & '党课' & '课' & '廉' & '廉政' & '政' & '建' & '建设' & '设'",
                SearchTerms.query(List.of("党课", "廉政 建设")));
    }

    @Test
    void a_single_character_is_a_lexeme_of_its_own() {
        assertEquals("'党'", SearchTerms.query(List.of("党")));
    }

    @Test
    void only_a_term_that_is_itself_a_lexeme_is_decided_by_the_index() {
        assertEquals(true, SearchTerms.indexedWhole("党"));
        assertEquals(true, SearchTerms.indexedWhole("党课"));
        assertEquals(true, SearchTerms.indexedWhole("pdf"));
        assertEquals(false, SearchTerms.indexedWhole("党课学习"));
        assertEquals(false, SearchTerms.indexedWhole("2023年"));
        assertEquals(false, SearchTerms.indexedWhole("廉政 建设"));
    }
}
