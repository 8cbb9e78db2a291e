package com.jgdj.dashboard.similarity;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.orgunit.UnitTreeSql;
import com.jgdj.dashboard.period.PeriodKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code similarity_pair}, {@code similarity_passage} and {@code similarity_fingerprint}; finds
 * candidate pairs from the fingerprints and reads only their texts.
 */
@Repository
class SimilarityQuery {

    record Report(long submissionId, long unitId, String text) {
    }

    private static final String ROW = """
            select p.id, p.kind, p.submission_a, ua.name as unit_a, p.submission_b, ub.name as unit_b,
                   pb.year as year_b, pb.kind as kind_b, p.score, p.longest_passage
            from similarity_pair p
            join submission sa on sa.id = p.submission_a join org_unit ua on ua.id = sa.unit_id
            join submission sb on sb.id = p.submission_b join org_unit ub on ub.id = sb.unit_id
            join reporting_period pb on pb.id = sb.period_id
            """;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    SimilarityQuery(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** The period just before this one (by {@code reporting_period.seq}). */
    Optional<Long> previousPeriod(long periodId) {
        return jdbc.sql("""
                select e.id from reporting_period e
                where e.seq < (select seq from reporting_period where id = ?) order by e.seq desc limit 1""")
                .param(periodId).query(Long.class).optional();
    }

    /** The latest reports of the periods without a stored fingerprint. */
    List<Report> unfingerprinted(List<Long> periodIds) {
        return jdbc.sql("""
                select s.id, s.unit_id, s.full_text from submission s
                where s.latest and s.period_id = any(?::bigint[])
                  and not exists (select 1 from similarity_fingerprint f where f.submission_id = s.id)""")
                .param(periodIds.toArray(Long[]::new))
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    void storeFingerprints(List<Long> submissionIds, List<long[]> hashes) {
        jdbcTemplate.batchUpdate("""
                insert into similarity_fingerprint (submission_id, hashes) values (?, ?)
                on conflict (submission_id) do update set hashes = excluded.hashes""",
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
                        ps.setLong(1, submissionIds.get(i));
                        ps.setArray(2, ps.getConnection().createArrayOf("bigint",
                                java.util.Arrays.stream(hashes.get(i)).boxed().toArray()));
                    }

                    @Override
                    public int getBatchSize() {
                        return submissionIds.size();
                    }
                });
    }

    int reportCount(long periodId) {
        return jdbc.sql("select count(*) from submission where period_id = ? and latest").param(periodId)
                .query(Integer.class).single();
    }

    /** Up to {@code limit} latest reports of the period, the same ones every time (ordered by a hash of the id). */
    List<Report> sample(long periodId, int limit) {
        return jdbc.sql("""
                select id, unit_id, full_text from submission where period_id = ? and latest
                order by md5(id::text), id limit ?""")
                .params(periodId, limit).query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /**
     * Pairs of the period's latest reports (submission ids, smaller first) that share at least {@code minShared}
     * fingerprint hashes, counting only hashes found in at most {@code maxReports} reports of the period (a hash in
     * more is common language or a template: it would pair everybody with everybody and proves nothing).
     */
    List<long[]> peerCandidates(long periodId, int maxReports, int minShared) {
        return jdbc.sql("""
                with f as (select s.id, unnest(x.hashes) as h from submission s
                           join similarity_fingerprint x on x.submission_id = s.id
                           where s.period_id = :period and s.latest),
                     g as (select array_agg(id) as ids from f group by h having count(*) between 2 and :max)
                select a, b from g, unnest(g.ids) a, unnest(g.ids) b where a < b
                group by a, b having count(*) >= :min order by a, b""")
                .param("period", periodId).param("max", maxReports).param("min", minShared)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Each unit's latest report (first) against its own latest one of {@code previousId}, on the same terms. */
    List<long[]> previousCandidates(long periodId, long previousId, int maxReports, int minShared) {
        return jdbc.sql("""
                with c as (select s.id, s.unit_id, unnest(x.hashes) as h from submission s
                           join similarity_fingerprint x on x.submission_id = s.id
                           where s.period_id = :period and s.latest),
                     frequent as (select h from c group by h having count(*) > :max),
                     p as (select s.id, s.unit_id, unnest(x.hashes) as h from submission s
                           join similarity_fingerprint x on x.submission_id = s.id
                           where s.period_id = :previous and s.latest)
                select c.id, p.id from c join p on p.unit_id = c.unit_id and p.h = c.h
                where not exists (select 1 from frequent f where f.h = c.h)
                group by c.id, p.id having count(*) >= :min order by c.id""")
                .param("period", periodId).param("previous", previousId).param("max", maxReports)
                .param("min", minShared)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** The reports with these submission ids. */
    List<Report> reports(java.util.Collection<Long> submissionIds) {
        return jdbc.sql("select id, unit_id, full_text from submission where id = any(?::bigint[])")
                .param(submissionIds.toArray(Long[]::new))
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    boolean periodExists(long periodId) {
        return jdbc.sql("select count(*) from reporting_period where id = ?").param(periodId).query(Long.class).single() == 1;
    }

    int deleteForPeriod(long periodId) {
        return jdbc.sql("delete from similarity_pair where period_id = ?").param(periodId).update();
    }

    long insert(long periodId, String kind, long a, long b, SimilarPair pair, OffsetDateTime at) {
        long id = jdbc.sql("""
                insert into similarity_pair (period_id, kind, submission_a, submission_b, score, longest_passage, computed_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(periodId, kind, a, b, BigDecimal.valueOf(pair.score()), pair.longestPassage(), at)
                .query(Long.class).single();
        int ordinal = 0;
        for (SharedPassage s : pair.shared()) {
            jdbc.sql("""
                    insert into similarity_passage (pair_id, ordinal, a_start, b_start, a_length, b_length, text)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, ordinal++, s.aStart(), s.bStart(), s.aLength(), s.bLength(), s.text()).update();
        }
        return id;
    }

    /** Pairs of the period with a filtered unit on either side (the overview counts them the same way). */
    private static final String FILTERED = "with recursive " + UnitTreeSql.DESCENDANTS + ", "
            + UnitTreeSql.FILTERED_UNITS + ROW + """
            where p.period_id = :periodId
              and (sa.unit_id in (select id from filtered_units) or sb.unit_id in (select id from filtered_units))
            """;

    private JdbcClient.StatementSpec filtered(String sql, SimilarityFilter f) {
        return jdbc.sql(sql).param("periodId", f.periodId()).param("categoryId", f.categoryId())
                .param("parentUnitId", f.parentUnitId()).param("grade", f.grade()).param("scopeUnitId", null)
                .param("publishedOnly", false);
    }

    long count(SimilarityFilter f) {
        return filtered("select count(*) from (" + FILTERED + ") x", f).query(Long.class).single();
    }

    List<SimilarityRow> page(SimilarityFilter f, int offset, int limit) {
        return filtered(FILTERED + " order by p.score desc, p.id offset :offset limit :limit", f)
                .param("offset", offset).param("limit", limit).query(SimilarityQuery::row).list();
    }

    /** The passages this submission shares, as offsets into its own text, with the other side's unit. */
    List<SharedSpan> spans(long submissionId) {
        return jdbc.sql("""
                select p.id as pair_id, u.name as other_unit, p.kind = 'PREVIOUS' as previous,
                       case when p.submission_a = :s then x.a_start else x.b_start end as start_offset,
                       case when p.submission_a = :s then x.a_length else x.b_length end as length
                from similarity_pair p
                join similarity_passage x on x.pair_id = p.id
                join submission other on other.id = case when p.submission_a = :s then p.submission_b else p.submission_a end
                join org_unit u on u.id = other.unit_id
                where p.submission_a = :s or p.submission_b = :s
                order by start_offset, p.id""").param("s", submissionId).query(RecordRows.of(SharedSpan.class)).list();
    }

    Optional<SimilarityRow> row(long pairId) {
        return jdbc.sql(ROW + " where p.id = ?").param(pairId).query(SimilarityQuery::row).optional();
    }

    Optional<Long> periodOf(long pairId) {
        return jdbc.sql("select period_id from similarity_pair where id = ?").param(pairId).query(Long.class).optional();
    }

    String text(long submissionId) {
        return jdbc.sql("select full_text from submission where id = ?").param(submissionId).query(String.class).single();
    }

    List<SharedPassage> passages(long pairId) {
        return jdbc.sql("""
                select text, a_start, b_start, a_length, b_length from similarity_passage
                where pair_id = ? order by ordinal""").param(pairId)
                .query((rs, n) -> new SharedPassage(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** Pairs the submission is part of, with the other side's unit and period. */
    /**
     * The pairs of one unit's latest report of the period, or (period null) of its latest reported period, as flags
     * seen from that unit's side.
     */
    List<SimilarityFlag> unitFlags(long unitId, Long periodId) {
        String period = periodId != null ? ":period" : """
                (select s2.period_id from submission s2 join reporting_period rp on rp.id = s2.period_id
                 where s2.unit_id = :unit and s2.latest order by rp.seq desc limit 1)""";
        JdbcClient.StatementSpec sql = jdbc.sql("""
                select p.id, u.name, o.year, o.kind, p.kind = 'PREVIOUS', p.score
                from submission s
                join similarity_pair p on p.submission_a = s.id or p.submission_b = s.id
                join submission other on other.id = case when p.submission_a = s.id then p.submission_b else p.submission_a end
                join org_unit u on u.id = other.unit_id
                join reporting_period o on o.id = other.period_id
                where s.unit_id = :unit and s.latest and s.period_id = """ + period + """

                order by p.score desc, p.id""").param("unit", unitId);
        if (periodId != null) {
            sql = sql.param("period", periodId);
        }
        return sql.query((rs, n) -> new SimilarityFlag(rs.getLong(1), rs.getString(2),
                PeriodKind.valueOf(rs.getString(4)).periodName(rs.getInt(3)), rs.getBoolean(5), rs.getBigDecimal(6)))
                .list();
    }

    List<SimilarityFlag> flags(long submissionId) {
        return jdbc.sql("""
                select p.id, u.name, o.year, o.kind, p.kind = 'PREVIOUS', p.score
                from similarity_pair p
                join submission other on other.id = case when p.submission_a = :s then p.submission_b else p.submission_a end
                join org_unit u on u.id = other.unit_id
                join reporting_period o on o.id = other.period_id
                where p.submission_a = :s or p.submission_b = :s
                order by p.score desc, p.id""").param("s", submissionId)
                .query((rs, n) -> new SimilarityFlag(rs.getLong(1), rs.getString(2),
                        PeriodKind.valueOf(rs.getString(4)).periodName(rs.getInt(3)), rs.getBoolean(5), rs.getBigDecimal(6)))
                .list();
    }

    private static SimilarityRow row(ResultSet rs, int n) throws SQLException {
        return new SimilarityRow(rs.getLong("id"), rs.getString("kind"), rs.getLong("submission_a"), rs.getString("unit_a"),
                rs.getLong("submission_b"), rs.getString("unit_b"),
                PeriodKind.valueOf(rs.getString("kind_b")).periodName(rs.getInt("year_b")),
                rs.getBigDecimal("score"), rs.getInt("longest_passage"));
    }
}
