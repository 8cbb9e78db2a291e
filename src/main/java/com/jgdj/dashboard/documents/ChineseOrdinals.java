package com.jgdj.dashboard.documents;

/** 一、二、… and （一）（二）… for the numbered headings and items of a document (up to 99). */
final class ChineseOrdinals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseOrdinals() {
    }

    static String of(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    /** 一、 */
    static String first(int n) {
        return of(n) + "、";
    }

    /** （一） */
    static String second(int n) {
        return "（" + of(n) + "）";
    }
}
