package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.submission.ReportsParsed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Keeps {@code plan_delivery} in step with the reports: when reports are parsed (an upload, in its transaction) the
 * delivery of each new report and of the same unit's report of the next period (whose plans are these) is computed
 * and stored; a bulk load leaves it to the backfill, which after start-up (and after a demo load) computes every
 * latest report whose stored delivery is missing or refers to a plan report that is no longer the latest, a batch per
 * transaction.
 */
@Component
public class PlanDeliveryStore {

    private static final Logger log = LoggerFactory.getLogger(PlanDeliveryStore.class);
    /** Above this many reports parsed at once (a bulk load) the backfill computes them. */
    static final int LIVE_LIMIT = 20;
    private static final int BATCH = 200;

    private static final String STALE = """
            from submission s
            join reporting_period p on p.id = s.period_id
            left join reporting_period pp on pp.seq = p.seq - 1
            left join submission prev on prev.unit_id = s.unit_id and prev.period_id = pp.id and prev.latest
            left join plan_delivery d on d.submission_id = s.id
            where s.latest and (d.submission_id is null or d.plan_submission_id is distinct from prev.id)
            """;

    private record Target(long unitId, long periodId) {
    }

    private final JdbcClient jdbc;
    private final PlanDeliveryCalculator calculator;
    private final TransactionTemplate tx;
    private final Clock clock;

    PlanDeliveryStore(JdbcClient jdbc, PlanDeliveryCalculator calculator, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.calculator = calculator;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void reportsParsed(ReportsParsed event) {
        if (event.submissionIds().isEmpty() || event.submissionIds().size() > LIVE_LIMIT) {
            return;
        }
        List<Target> targets = jdbc.sql("""
                select s.unit_id, s.period_id from submission s where s.id in (:ids) and s.latest
                union
                select n.unit_id, n.period_id from submission s
                join reporting_period p on p.id = s.period_id
                join reporting_period np on np.seq = p.seq + 1
                join submission n on n.unit_id = s.unit_id and n.period_id = np.id and n.latest
                where s.id in (:ids)""").param("ids", event.submissionIds()).query(RecordRows.of(Target.class)).list();
        targets.forEach(t -> refresh(t.unitId(), t.periodId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofVirtual().name("plan-delivery-backfill").start(this::backfill);
    }

    /**
     * Computes every missing or outdated delivery; returns how many reports it computed. One run at a time on a node
     * (a caller waits for the start-up run, then finds only what is left).
     */
    public synchronized int backfill() {
        int total = 0;
        try {
            long missing = jdbc.sql("select count(*) " + STALE).query(Long.class).single();
            // a bound on the rounds, so that a row the computation cannot settle never loops
            for (long round = 0; round <= missing / BATCH + 1; round++) {
                Integer done = tx.execute(status -> batch());
                total += done == null ? 0 : done;
                if (done == null || done < BATCH) {
                    break;
                }
            }
            if (total > 0) {
                log.info("Plan delivery: {} reports matched against their previous plans", total);
            }
        } catch (RuntimeException e) {
            log.error("Plan delivery backfill stopped after {} reports", total, e);
        }
        return total;
    }

    private int batch() {
        List<Target> targets = jdbc.sql("select s.unit_id, s.period_id " + STALE + " order by s.id limit :batch")
                .param("batch", BATCH).query(RecordRows.of(Target.class)).list();
        targets.forEach(t -> refresh(t.unitId(), t.periodId()));
        return targets.size();
    }

    private void refresh(long unitId, long periodId) {
        calculator.compute(unitId, periodId).ifPresent(this::write);
    }

    private void write(PlanDeliveryCalculator.Outcome o) {
        List<PlanItemMatch> items = o.delivery() == null ? List.of() : o.delivery().items();
        long covered = items.stream().filter(PlanItemMatch::covered).count();
        jdbc.sql("""
                insert into plan_delivery (submission_id, plan_submission_id, item_count, covered_count, computed_at)
                values (:id, :plan, :items, :covered, :at)
                on conflict (submission_id) do update set plan_submission_id = excluded.plan_submission_id,
                    item_count = excluded.item_count, covered_count = excluded.covered_count,
                    computed_at = excluded.computed_at""")
                .param("id", o.submissionId()).param("plan", o.planSubmissionId()).param("items", items.size())
                .param("covered", covered).param("at", OffsetDateTime.now(clock)).update();
        jdbc.sql("delete from plan_delivery_item where submission_id = ?").param(o.submissionId()).update();
        int ordinal = 0;
        for (PlanItemMatch m : items) {
            jdbc.sql("""
                    insert into plan_delivery_item (submission_id, ordinal, item_text, item_start, item_end,
                        delivery_start, delivery_end, score, covered)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(o.submissionId(), ordinal++, m.item().text(), m.item().start(), m.item().end(),
                            m.delivery() == null ? null : m.delivery().start(),
                            m.delivery() == null ? null : m.delivery().end(), BigDecimal.valueOf(m.score()),
                            m.covered())
                    .update();
        }
    }
}
