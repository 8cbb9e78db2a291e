package com.jgdj.dashboard.parsing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads the indicator CSV (RFC 4180, header {@code name,patterns,sort_order}). */
final class IndicatorCsv {

    static final String HEADER = "name,patterns,sort_order";

    private IndicatorCsv() {
    }

    static List<IndicatorDefinition> read(Reader reader) throws IOException {
        List<List<String>> rows = records(reader);
        if (rows.isEmpty() || !String.join(",", rows.getFirst()).replace("\uFEFF", "").equals(HEADER)) {
            throw new IOException("indicator CSV must start with the header line '" + HEADER + "'");
        }
        List<IndicatorDefinition> result = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            if (row.size() != 3) {
                throw new IOException("indicator CSV record " + i + " has " + row.size() + " fields, expected 3");
            }
            try {
                result.add(IndicatorDefinition.of(row.get(0), row.get(1), Integer.parseInt(row.get(2).trim())));
            } catch (IllegalArgumentException e) {
                throw new IOException("indicator CSV record " + i + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static List<List<String>> records(Reader source) throws IOException {
        Reader reader = source.markSupported() ? source : new java.io.BufferedReader(source);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\n') {
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else if (ch != '\r') {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (fieldStarted || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Splits a regex at '|' that is not escaped, not inside (...) and not inside [...]. */
    static List<String> splitTopLevel(String patterns) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < patterns.length(); i++) {
            char ch = patterns.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (inClass) {
                if (ch == ']') {
                    inClass = false;
                }
            } else if (ch == '[') {
                inClass = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '|' && depth == 0) {
                addIfPresent(out, patterns.substring(from, i));
                from = i + 1;
            }
        }
        addIfPresent(out, patterns.substring(from));
        return out;
    }

    private static void addIfPresent(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.trim());
        }
    }
}
