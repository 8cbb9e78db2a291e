package com.jgdj.dashboard.search;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.parsing.SearchTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Indexes reports stored before the search existed (new ones are indexed as they are parsed, by
 * {@code ParsedReportStore}): once after start-up, in the background, a batch per transaction.
 */
@Component
class SearchIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBackfill.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SearchIndexBackfill(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    private record Text(long id, String fullText) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofVirtual().name("search-backfill").start(this::run);
    }

    /** Indexes every unindexed report; returns how many it indexed. */
    int run() {
        int total = 0;
        try {
            int done;
            do {
                done = tx.execute(status -> batch());
                total += done;
            } while (done == BATCH);
            if (total > 0) {
                log.info("Search index: {} earlier reports indexed", total);
            }
        } catch (RuntimeException e) {
            log.error("Search index backfill stopped after {} reports", total, e);
        }
        return total;
    }

    private int batch() {
        List<Text> texts = jdbc.sql("""
                select s.id, s.full_text from submission s
                where not exists (select 1 from report_search r where r.submission_id = s.id)
                order by s.id limit :batch""").param("batch", BATCH).query(RecordRows.of(Text.class)).list();
        for (Text t : texts) {
            jdbc.sql("""
                    insert into report_search (submission_id, terms) values (:id, cast(:terms as tsvector))
                    on conflict (submission_id) do nothing""")
                    .param("id", t.id()).param("terms", SearchTerms.document(t.fullText())).update();
        }
        return texts.size();
    }
}
