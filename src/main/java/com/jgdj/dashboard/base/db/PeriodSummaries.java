package com.jgdj.dashboard.base.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per-period summaries kept by the database on every write that changes them, so that pages read a few rows of them
 * instead of aggregating every unit of a period: {@code period_rank} (each graded unit's ranks, changeset
 * 20261205-A1), {@code period_count_median} and {@code period_dimension_points} (the city's medians and points the
 * unit page compares with, 20261205-A2). Row triggers note the periods a transaction changes; at commit the first
 * deferred trigger computes them again, ranks then medians then points, each in period order, one transaction per
 * period and summary at a time (advisory locks taken in that one order, 20261205-A3); then the count rules'
 * violations ({@code period_rule_violation}, 20261206-A1) and the overview's counts per category
 * ({@code period_category_counts}, 20261206-A2).
 * Read models that read a summary call {@link #settle} first.
 */
public final class PeriodSummaries {

    private PeriodSummaries() {
    }

    /**
     * Whether the summaries answer a read. They hold the committee's view per period (and category): every unit, every
     * graded result whatever its status. A read within one unit's scope, of published results only, below a 上级单位
     * or of the units graded so counts over the units instead.
     */
    public static boolean answer(Long scopeUnitId, boolean publishedOnly, Long parentUnitId, Object grade) {
        return scopeUnitId == null && !publishedOnly && parentUnitId == null && grade == null;
    }

    /**
     * Brings the summaries this transaction changed up to date before it reads them (they are otherwise computed
     * when it commits). A read-only transaction has changed nothing, and costs no statement.
     */
    public static void settle(JdbcClient jdbc) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            jdbc.sql("select period_summaries_settle()").query().listOfRows();
        }
    }
}
