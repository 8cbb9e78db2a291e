package com.jgdj.dashboard.parsing;

import java.math.BigDecimal;

/**
 * A count with its measure word. {@code text} = activity phrase + quantity (text.substring(start, end));
 * the quantity alone (e.g. "200余次") is text.substring(quantityStart, end).
 */
public record Metric(String text, BigDecimal number, String unit, boolean approx, String indicator,
                     int start, int quantityStart, int end) {
}
