package com.jgdj.dashboard.account;

import com.jgdj.dashboard.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The users page's read model: a page of users by username, with the bound unit's name. */
@Repository
class UserQuery {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.role, u.unit_id, o.name as unit_name, u.enabled,
                   u.locked_until, u.last_sign_in_at, u.must_change_password, u.version
            from app_user u left join org_unit o on o.id = u.unit_id
            """;
    private static final String WHERE = """
            where (cast(:text as text) is null or u.username ilike '%' || :text || '%'
                   or u.display_name ilike '%' || :text || '%' or o.name ilike '%' || :text || '%')
            """;

    private final JdbcClient jdbc;

    UserQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserRow> page(String text, int offset, int limit) {
        return jdbc.sql(SELECT + WHERE + " order by u.username offset :offset limit :limit")
                .param("text", blankToNull(text)).param("offset", offset).param("limit", limit)
                .query(UserQuery::row).list();
    }

    long count(String text) {
        return jdbc.sql("select count(*) from app_user u left join org_unit o on o.id = u.unit_id " + WHERE)
                .param("text", blankToNull(text)).query(Long.class).single();
    }

    Optional<UserRow> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UserQuery::row).optional();
    }

    private static UserRow row(ResultSet rs, int n) throws SQLException {
        Long unit = rs.getObject("unit_id", Long.class);
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), unit, rs.getString("unit_name"),
                rs.getBoolean("enabled"), rs.getObject("locked_until", OffsetDateTime.class),
                rs.getObject("last_sign_in_at", OffsetDateTime.class), rs.getBoolean("must_change_password"),
                rs.getLong("version"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
