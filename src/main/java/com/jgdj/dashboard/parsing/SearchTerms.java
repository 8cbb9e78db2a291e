package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one tokenizer of full-text search, used both to index a report and to read a query, so the two always agree.
 * A run of Chinese characters gives every character and every pair of adjacent characters (党课 → 党, 课, 党课); a run
 * of other letters and digits gives one lower-case word. A query's lexemes must all be present in a report (the
 * index lookup); the caller then rechecks each whole term in the text, so a phrase matches only where it stands.
 */
public final class SearchTerms {

    /** Distinct lexemes kept per report: far above any real report, far below PostgreSQL's 1 MB tsvector limit. */
    static final int MAX_LEXEMES = 60_000;

    private SearchTerms() {
    }

    /** The report's lexemes as a PostgreSQL {@code tsvector} literal (without positions), in text order. */
    public static String document(String text) {
        return literal(lexemes(text, MAX_LEXEMES), " ");
    }

    /**
     * The terms of a query as typed: split at white space, a double-quoted part kept whole, each lower-cased and
     * stripped of characters no lexeme holds at its ends. Empty when nothing searchable was typed.
     */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        String q = query.replace('“', '"').replace('”', '"');
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
            } else if (c == '"') {
                int end = q.indexOf('"', i + 1);
                int stop = end < 0 ? q.length() : end;
                add(terms, q.substring(i + 1, stop));
                i = stop + 1;
            } else {
                int start = i;
                while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '\u3000'
                        && q.charAt(i) != '"') {
                    i++;
                }
                add(terms, q.substring(start, i));
            }
        }
        return terms;
    }

    /** The query as a PostgreSQL {@code tsquery} literal: every lexeme of every term, all required. */
    public static String query(List<String> terms) {
        Set<String> all = new LinkedHashSet<>();
        terms.forEach(t -> all.addAll(lexemes(t, Integer.MAX_VALUE)));
        return literal(all, " & ");
    }

    /**
     * Whether the index alone decides a term: a term that is itself a lexeme (one or two Chinese characters, or one
     * Latin/digit word) stands in every report holding that lexeme, so it needs no recheck against the text; a
     * longer phrase (党课学习, 2023年) does.
     */
    public static boolean indexedWhole(String term) {
        return lexemes(term, Integer.MAX_VALUE).contains(term);
    }

    private static void add(List<String> terms, String raw) {
        String term = raw.strip().toLowerCase(Locale.ROOT);
        if (!lexemes(term, 1).isEmpty() && !terms.contains(term)) {
            terms.add(term);
        }
    }

    static Set<String> lexemes(String text, int max) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n && out.size() < max) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isHan(cp)) {
                out.add(new String(Character.toChars(cp)));
                if (i + len < n && isHan(text.codePointAt(i + len))) {
                    int next = text.codePointAt(i + len);
                    out.add(new String(Character.toChars(cp)) + new String(Character.toChars(next)));
                }
                i += len;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i)) && !isHan(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i += len;
            }
        }
        return out;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static String literal(Set<String> lexemes, String separator) {
        StringBuilder sb = new StringBuilder();
        for (String lexeme : lexemes) {
            if (!sb.isEmpty()) {
                sb.append(separator);
            }
            sb.append('\'').append(lexeme.replace("\\", "\\\\").replace("'", "''")).append('\'');
        }
        return sb.toString();
    }
}
