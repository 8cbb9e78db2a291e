package com.jgdj.dashboard.demo;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stores demo submissions with PostgreSQL's {@code COPY … FROM STDIN} (text format) on the connection of the
 * current Spring transaction.
 */
public class CopySubmissionStore implements DemoSubmissionStore {

    private static final String COPY = """
            copy submission (unit_id, period_id, version_no, latest, title, full_text, file_name, file_type,
                             file_encoding, file_size, file_sha256, file_bytes, submitted_at, submitted_by,
                             status, late, status_reason) from stdin""";
    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;

    public CopySubmissionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void store(List<DemoSubmission> batch) {
        StringBuilder rows = new StringBuilder(batch.size() * 16_384);
        for (DemoSubmission s : batch) {
            rows.append(s.unitId()).append('\t')
                    .append(s.periodId()).append('\t')
                    .append(s.versionNo()).append('\t')
                    .append(s.latest() ? 't' : 'f').append('\t');
            text(rows, s.title()).append('\t');
            text(rows, s.fullText()).append('\t');
            text(rows, s.fileName()).append('\t');
            text(rows, s.fileType()).append('\t');
            text(rows, s.fileEncoding()).append('\t');
            rows.append(s.fileBytes().length).append('\t')
                    .append(s.fileSha256()).append('\t')
                    // COPY's text format unescapes one backslash, so bytea's hex form \x… is written as \\x…
                    .append("\\\\x").append(HEX.formatHex(s.fileBytes())).append('\t')
                    .append(s.submittedAt()).append('\t');
            text(rows, s.submittedBy()).append('\t');
            text(rows, s.status()).append('\t')
                    .append(s.late() ? 't' : 'f').append('\t');
            text(rows, s.statusReason()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(COPY, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY of " + batch.size() + " demo submissions failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out;
    }
}
