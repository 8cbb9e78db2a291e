package com.jgdj.dashboard.ranking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code period_rank}: every graded unit's ranks per period (over all graded results, and over published ones only),
 * kept by the database — a transaction that changes a total, grade or status, a unit's name or category or a
 * category's order has the periods it touched ranked again when it commits (changeset 20261205-A1). Read models that
 * read it call {@link #settle} first.
 */
public final class PeriodRanks {

    private PeriodRanks() {
    }

    /**
     * Brings the ranks this transaction changed up to date before it reads them (they are otherwise ranked again
     * when it commits). A read-only transaction has changed nothing, and costs no statement.
     */
    public static void settle(JdbcClient jdbc) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            jdbc.sql("select period_rank_settle()").query().listOfRows();
        }
    }
}
