package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.base.db.OwnerCleanup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Two assessors save 保存更正 on one published result at the same instant, in two real transactions: both read the
 * same version, the first one's update holds the row, the second one's update waits for it and then finds the row
 * changed. The second is refused with a Chinese message (it is told, its correction is not silently lost), the first
 * is stored once. This test commits and removes what it created.
 */
@SpringBootTest
class CorrectionConflictTest {

    @Autowired
    EmbeddedDatabase database;

    private static final int YEAR = 2032;

    @Autowired
    AssessmentService scoring;
    @Autowired
    AssessmentWorkflowService workflow;
    @Autowired
    AssessmentCorrectionService corrections;
    @Autowired
    SchemeService schemes;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long category;
    private long unit;
    private long period;

    @Test
    void the_second_of_two_simultaneous_corrections_is_refused_and_the_first_is_kept() throws Exception {
        category = data.category("群团组织（更正冲突）", 98);
        unit = data.unit("更正冲突测试单位", category, "党总支", "李", true);
        period = data.period(YEAR, "H1", LocalDate.of(YEAR, 7, 10), "CLOSED");
        data.submission(unit, period, "工作汇报，开展中心组学习6次。", "r.txt", false, "ACCEPTED");
        SignIn.as(Role.ADMIN);
        SchemeDetails scheme = schemes.createForYear(YEAR);
        List<com.jgdj.dashboard.assessment.grading.Dimension> dims = scheme.rules().dimensions();
        java.util.Map<Long, java.math.BigDecimal> points = new java.util.HashMap<>();
        dims.forEach(d -> points.put(d.id(), d.maxPoints()));
        points.put(dims.getFirst().id(), dims.getFirst().maxPoints().subtract(new java.math.BigDecimal("15")));
        SavedAssessment saved = scoring.save(new ScoreForm(null, null, UnitId.of(unit), PeriodId.of(period), points, List.of(), null, null, null));
        workflow.submit(saved.id(), saved.version());
        workflow.approve(period);
        workflow.publish(period);
        ScoreForm published = scoring.sheet(com.jgdj.dashboard.period.PeriodId.of(period), com.jgdj.dashboard.orgunit.UnitId.of(unit)).orElseThrow().form();
        SecurityContextHolder.clearContext();

        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CountDownLatch firstFlushed = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        // the first assessor: its update is flushed (row held) but the transaction stays open until the second waits
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> asAssessor(() ->
                transactions.execute(status -> {
                    AssessmentCorrectionService.Correction c = corrections.correct(
                            withFirstDimension(published, dims, "2"), "第一人更正");
                    firstFlushed.countDown();
                    await(secondWaiting);
                    return c;
                })), threads);
        await(firstFlushed);
        // the second assessor read the same published version and saves its own correction
        CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> asAssessor(() ->
                corrections.correct(withFirstDimension(published, dims, "4"), "第二人更正")), threads);
        waitUntilAnUpdateWaitsForTheRowLock(second);
        secondWaiting.countDown();

        AssessmentCorrectionService.Correction kept = (AssessmentCorrectionService.Correction) first.get();
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                second::get);
        ConcurrentEditException conflict = assertInstanceOf(ConcurrentEditException.class, refused.getCause());
        threads.shutdown();
        assertEquals("该考核刚被他人更正，您的更正未保存，请重新打开后再更正。", conflict.getMessage());
        int firstMax = dims.getFirst().maxPoints().intValue();
        assertEquals("PUBLISHED " + (100 - 15 + 2) + ".0 v" + kept.saved().version(), jdbc.sql(
                "select status || ' ' || total || ' v' || version from assessment where id = ?")
                .param(saved.id()).query(String.class).single());
        assertEquals(List.of("第一人更正|" + dims.getFirst().name() + " " + (firstMax - 15) + " → " + (firstMax - 13)),
                jdbc.sql("select reason || '|' || changes from assessment_revision where assessment_id = ?")
                        .param(saved.id()).query(String.class).list());
    }

    /** The published form with the first dimension raised by {@code plus} points. */
    private static ScoreForm withFirstDimension(ScoreForm published, List<com.jgdj.dashboard.assessment.grading.Dimension> dims,
                                                String plus) {
        java.util.Map<Long, java.math.BigDecimal> points = new java.util.HashMap<>(published.points());
        points.merge(dims.getFirst().id(), new java.math.BigDecimal(plus), java.math.BigDecimal::add);
        return AssessmentServiceTest.withPoints(published, points);
    }

    private static Object asAssessor(java.util.function.Supplier<Object> work) {
        SignIn.asUser(8, "张评", Role.ASSESSOR);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls PostgreSQL until a session waits for a lock (the second correction's update on the held row). */
    private void waitUntilAnUpdateWaitsForTheRowLock(CompletableFuture<Object> second) throws InterruptedException {
        while (!second.isDone() && jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and query ilike 'update assessment %'").query(Long.class).single() == 0) {
            Thread.sleep(20);
        }
    }

    @AfterEach
    void removeWhatWasCreated() {
        SecurityContextHolder.clearContext();
        OwnerCleanup.run(database, owner -> {
            owner.sql("delete from audit_log where unit_id = ? or period_id = ?").params(unit, period).update();
            owner.sql("delete from audit_log where entity_type = 'assessment' and entity_id in "
                    + "(select id from assessment where period_id = ?)").param(period).update();
            owner.sql("delete from audit_log where entity_type = 'reporting_period' and entity_id = ?").param(period).update();
            owner.sql("delete from assessment where period_id = ?").param(period).update();
            owner.sql("delete from audit_log where entity_type = 'assessment_scheme' and entity_id in "
                    + "(select id from assessment_scheme where year = ?)").param(YEAR).update();
            owner.sql("delete from assessment_scheme where year = ?").param(YEAR).update();
            owner.sql("delete from submission where period_id = ?").param(period).update();
            owner.sql("delete from reporting_period where id = ?").param(period).update();
            owner.sql("delete from org_unit where id = ?").param(unit).update();
            owner.sql("delete from category where id = ?").param(category).update();
        });
    }

}
