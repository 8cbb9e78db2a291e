package com.jgdj.dashboard.period;

/** The kind of a reporting period, and the one home of a period's name (in Java and in SQL). */
public enum PeriodKind {
    H1("上半年", "年上半年"),
    ANNUAL("年度", "年度");

    private final String label;
    private final String nameSuffix;

    PeriodKind(String label, String nameSuffix) {
        this.label = label;
        this.nameSuffix = nameSuffix;
    }

    public String label() {
        return label;
    }

    /** 2023年上半年, 2023年度. */
    public String periodName(int year) {
        return year + nameSuffix;
    }

    /**
     * The same name computed in SQL from a {@code reporting_period} row, e.g. {@code sqlName("p")} for
     * {@code reporting_period p}: {@code p.year || case p.kind when 'H1' then '年上半年' … end}.
     */
    public static String sqlName(String alias) {
        String prefix = alias == null || alias.isEmpty() ? "" : alias + ".";
        StringBuilder sql = new StringBuilder(prefix + "year || case " + prefix + "kind");
        for (PeriodKind kind : values()) {
            sql.append(" when '").append(kind.name()).append("' then '").append(kind.nameSuffix).append("'");
        }
        return sql.append(" end").toString();
    }
}
