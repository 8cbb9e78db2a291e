package com.jgdj.dashboard.documents.docx;

import java.util.List;

/**
 * One element of an official document, in reading order: a line of text of a kind (document number, title,
 * addressee, first- or second-level heading, body paragraph, issuing organ, date) or a table (first row the header).
 */
public record Block(Kind kind, String text, List<List<String>> rows) {

    public enum Kind { NUMBER, TITLE, ADDRESSEE, HEADING1, HEADING2, BODY, TABLE, ORGAN, DATE }

    public Block {
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public static Block of(Kind kind, String text) {
        return new Block(kind, text, List.of());
    }

    public static Block table(List<List<String>> rows) {
        return new Block(Kind.TABLE, "", rows);
    }
}
