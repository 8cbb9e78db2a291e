package com.jgdj.dashboard.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;

/** Inserts submission versions and changes their status; callers own the transaction. */
@Component
class SubmissionWriter {

    record NewSubmission(long unitId, long periodId, int versionNo, String title, String fullText, String fileName,
                         String fileType, String fileEncoding, byte[] fileBytes, String fileSha256,
                         OffsetDateTime submittedAt, String submittedBy, boolean late) {
    }

    private final JdbcClient jdbc;

    SubmissionWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new version becomes the latest; the previous one is kept. */
    @Transactional(propagation = Propagation.MANDATORY)
    long insertNewVersion(NewSubmission s) {
        jdbc.sql("update submission set latest = false where unit_id = ? and period_id = ? and latest")
                .params(s.unitId(), s.periodId()).update();
        return jdbc.sql("""
                insert into submission (unit_id, period_id, version_no, latest, title, full_text, file_name, file_type,
                    file_encoding, file_size, file_sha256, file_bytes, submitted_at, submitted_by, status, late)
                values (:unit, :period, :versionNo, true, :title, :text, :fileName, :fileType, :encoding, :size,
                    :sha, :bytes, :at, :by, 'SUBMITTED', :late)
                returning id""")
                .param("unit", s.unitId()).param("period", s.periodId()).param("versionNo", s.versionNo())
                .param("title", s.title() == null ? null : truncate(s.title(), 300)).param("text", s.fullText())
                .param("fileName", truncate(s.fileName(), 255)).param("fileType", s.fileType())
                .param("encoding", s.fileEncoding()).param("size", s.fileBytes().length).param("sha", s.fileSha256())
                .param("bytes", s.fileBytes()).param("at", s.submittedAt()).param("by", s.submittedBy())
                .param("late", s.late())
                .query(Long.class).single();
    }

    /** Changes the status if nobody changed the submission since {@code version}; false otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean changeStatus(long id, long version, SubmissionStatus status, String reason) {
        return jdbc.sql("""
                update submission set status = ?, status_reason = ?, version = version + 1
                where id = ? and version = ? and latest""")
                .params(status.name(), reason, id, version).update() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void grantException(long unitId, long periodId, String by, String reason) {
        jdbc.sql("""
                insert into submission_exception (unit_id, period_id, granted_by, reason) values (?, ?, ?, ?)
                on conflict (unit_id, period_id) do update
                set granted_by = excluded.granted_by, granted_at = now(), reason = excluded.reason""")
                .params(unitId, periodId, by, reason).update();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
