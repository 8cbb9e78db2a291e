package com.jgdj.dashboard.parsing;

/** Chinese numerals as written in reports: 九, 十二, 两, 二十三, 一百零五, 三千, 二〇二三. */
final class ChineseNumerals {

    static final String CHARS = "零〇一二两三四五六七八九十百千万亿";
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeralChar(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '两' -> 2;
            default -> DIGITS.indexOf(c);
        };
    }

    /** The value of a numeral, or -1 when the characters do not form one. */
    static long parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        boolean positional = true;
        for (int i = 0; i < s.length(); i++) {
            if ("十百千万亿".indexOf(s.charAt(i)) >= 0) {
                positional = false;
                break;
            }
        }
        if (positional) {
            if (s.length() > 1 && s.indexOf('两') >= 0) {
                return -1;
            }
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return s.length() == 1 || s.charAt(0) != '零' && s.charAt(0) != '〇' ? v : -1;
        }
        long total = 0;
        long section = 0;
        long number = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (number > 0) {
                    return -1; // two digits in a row such as 三五 is a range, not a number
                }
                number = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit >= 10_000) {
                section += Math.max(number, 0);
                if (section == 0) {
                    section = 1;
                }
                total = (total + section) * unit;
                section = 0;
            } else {
                section += (number < 0 ? (c == '十' ? 1 : -1) : number) * unit;
                if (section < 0) {
                    return -1;
                }
            }
            number = -1;
        }
        return total + section + Math.max(number, 0);
    }

    /** 1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五 (Word's chineseCounting style). */
    static String format(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : (rest < 10 ? "零" + DIGITS.charAt(rest)
                    : (rest < 20 ? "一" + format(rest) : format(rest)));
            return DIGITS.charAt(n / 100) + "百" + tail;
        }
        return Integer.toString(n);
    }
}
