package com.jgdj.dashboard.documents;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.List;

/** Unit names in pinyin order (ICU's Chinese collation, as the database's {@code zh-x-icu}), joined with 、. */
final class UnitNames {

    private static final Collator PINYIN = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);

    static final Comparator<String> ORDER = (a, b) -> PINYIN.compare(a, b);

    private UnitNames() {
    }

    static List<String> sorted(List<String> names) {
        return names.stream().sorted(ORDER).toList();
    }

    static String joined(List<String> names) {
        return String.join("、", sorted(names));
    }
}
