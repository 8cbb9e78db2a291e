package com.jgdj.dashboard;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** Writes known rows for tests, straight through SQL, inside the test's transaction. */
@Component
public class TestData {

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long category(String name, int order) {
        return jdbc.sql("insert into category (name, sort_order) values (?, ?) returning id")
                .params(name, order).query(Long.class).single();
    }

    public long unit(String name, long categoryId, String orgType, String secretary, boolean active) {
        return jdbc.sql("""
                insert into org_unit (name, category_id, org_type, secretary_name, active)
                values (?, ?, ?, ?, ?) returning id""")
                .params(name, categoryId, orgType, secretary, active).query(Long.class).single();
    }

    public long period(int year, String kind, LocalDate deadline, String status) {
        return jdbc.sql("insert into reporting_period (year, kind, deadline, status) values (?, ?, ?, ?) returning id")
                .params(year, kind, deadline, status).query(Long.class).single();
    }

    public long submission(long unitId, long periodId, String text, String fileName, boolean late, String status) {
        return submission(unitId, periodId, 1, true, text, fileName, late, status);
    }

    public long submission(long unitId, long periodId, int versionNo, boolean latest, String text, String fileName,
                           boolean late, String status) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return jdbc.sql("""
                insert into submission (unit_id, period_id, version_no, latest, title, full_text, file_name,
                    file_type, file_encoding, file_size, file_sha256, file_bytes, submitted_at, submitted_by,
                    status, late, status_reason)
                values (:unit, :period, :versionNo, :latest, null, :text, :fileName, 'txt', 'UTF-8', :size, :sha,
                    :bytes, :at, 'test', :status, :late, :reason) returning id""")
                .param("unit", unitId).param("period", periodId).param("versionNo", versionNo)
                .param("latest", latest).param("text", text).param("fileName", fileName)
                .param("size", bytes.length).param("sha", sha256(bytes)).param("bytes", bytes)
                .param("at", OffsetDateTime.of(2023, 7, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8)))
                .param("status", status).param("late", late)
                .param("reason", "RETURNED".equals(status) ? "请补充问题部分" : null)
                .query(Long.class).single();
    }

    public static String seed(String name) {
        try {
            return new ClassPathResource("seeds/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
