package com.jgdj.dashboard.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Minimal JSON writer for the command-line output: maps keep insertion order, strings are escaped per RFC 8259. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b);
        return b.toString();
    }

    private static void write(Object value, StringBuilder b) {
        switch (value) {
            case null -> b.append("null");
            case String s -> string(s, b);
            case Boolean bool -> b.append(bool);
            case BigDecimal d -> b.append(d.stripTrailingZeros().scale() < 0
                    ? d.setScale(0).toPlainString() : d.stripTrailingZeros().toPlainString());
            case Number n -> b.append(n);
            case Map<?, ?> map -> {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    string(String.valueOf(e.getKey()), b);
                    b.append(": ");
                    write(e.getValue(), b);
                }
                b.append('}');
            }
            case List<?> list -> {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    write(list.get(i), b);
                }
                b.append(']');
            }
            default -> string(value.toString(), b);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
