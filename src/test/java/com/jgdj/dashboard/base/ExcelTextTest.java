package com.jgdj.dashboard.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExcelTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1",
            "+86 138|'+86 138",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "团市委机关党总支|团市委机关党总支",
            "a=1|a=1",
            "'=1|'=1"})
    void formula_starts_get_an_apostrophe(String text, String safe) {
        assertEquals(safe, ExcelText.safe(text));
    }

    @org.junit.jupiter.api.Test
    void tab_and_carriage_return_starts_too() {
        assertEquals("'\tx", ExcelText.safe("\tx"));
        assertEquals("'\rx", ExcelText.safe("\rx"));
        assertEquals("", ExcelText.safe(""));
        assertEquals(null, ExcelText.safe(null));
    }
}
