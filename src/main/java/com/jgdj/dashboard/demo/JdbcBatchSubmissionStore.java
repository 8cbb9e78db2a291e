package com.jgdj.dashboard.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Types;
import java.util.List;

/** Stores demo submissions with a JDBC batch of INSERTs. */
public class JdbcBatchSubmissionStore implements DemoSubmissionStore {

    private static final String INSERT = """
            insert into submission (unit_id, period_id, version_no, latest, title, full_text, file_name, file_type,
                                    file_encoding, file_size, file_sha256, file_bytes, submitted_at, submitted_by,
                                    status, late, status_reason)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    public JdbcBatchSubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(List<DemoSubmission> batch) {
        jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, s) -> {
            ps.setLong(1, s.unitId());
            ps.setLong(2, s.periodId());
            ps.setInt(3, s.versionNo());
            ps.setBoolean(4, s.latest());
            ps.setString(5, s.title());
            ps.setString(6, s.fullText());
            ps.setString(7, s.fileName());
            ps.setString(8, s.fileType());
            ps.setString(9, s.fileEncoding());
            ps.setInt(10, s.fileBytes().length);
            ps.setString(11, s.fileSha256());
            ps.setBytes(12, s.fileBytes());
            ps.setObject(13, s.submittedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(14, s.submittedBy());
            ps.setString(15, s.status());
            ps.setBoolean(16, s.late());
            ps.setString(17, s.statusReason());
        });
    }
}
