package com.jgdj.dashboard.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Secures an embedded cluster that zonky created with {@code initdb -A trust}: passwords for the superuser, the
 * owner and the app role (generated once, kept in the data directory), SCRAM for every local and host connection,
 * and the public schema with everything in it owned by the owner role. Idempotent: a data directory of an older
 * version (trust, everything owned by {@code postgres}) is upgraded in place, a secured one is only checked.
 */
final class ClusterSecurity {

    static final String HBA = """
            # Written by the dashboard on every start: every connection needs a password (SCRAM).
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(ClusterSecurity.class);

    private ClusterSecurity() {
    }

    /**
     * @param known the credentials read from the data directory before the start, empty for a cluster still on trust
     */
    static EmbeddedCredentials secure(EmbeddedPostgres postgres, Optional<EmbeddedCredentials> known)
            throws IOException, SQLException {
        EmbeddedCredentials credentials = known.orElseGet(EmbeddedCredentials::generate);
        EmbeddedDatabase database = new EmbeddedDatabase(postgres.getPort(), credentials);
        // on trust the password is ignored; once secured it is required
        try (Connection c = database.superuser().getConnection(); Statement s = c.createStatement()) {
            Path dataDir = Path.of(scalar(s, "show data_directory"));
            Path hba = Path.of(scalar(s, "show hba_file"));
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role " + DatabaseRoles.SUPERUSER + " password '" + credentials.superuserPassword() + "'");
            ensureLoginRole(s, DatabaseRoles.OWNER, credentials.ownerPassword());
            ensureLoginRole(s, DatabaseRoles.APP, credentials.appPassword());
            s.execute("grant create, connect, temporary on database " + EmbeddedDatabase.DATABASE + " to " + DatabaseRoles.OWNER);
            s.execute("alter schema public owner to " + DatabaseRoles.OWNER);
            for (String alter : ownershipTransfers(s)) {
                s.execute(alter);
            }
            if (known.isEmpty()) {
                credentials.write(dataDir);
                log.warn("Embedded PostgreSQL at {} secured: passwords generated into {} (mode 600), SCRAM required",
                        dataDir, dataDir.resolve(EmbeddedCredentials.FILE));
            }
            if (!HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                s.execute("select pg_reload_conf()");
            }
        }
        return credentials;
    }

    private static void ensureLoginRole(Statement s, String role, String password) throws SQLException {
        boolean exists = Boolean.parseBoolean(scalar(s, "select exists (select 1 from pg_roles where rolname = '" + role + "')::text"));
        s.execute((exists ? "alter" : "create") + " role " + role
                + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '" + password + "'");
    }

    /** Tables, views, sequences and functions of the public schema not yet owned by the owner role (extensions' own excepted). */
    private static List<String> ownershipTransfers(Statement s) throws SQLException {
        List<String> alters = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select format('alter %s %s owner to %s', case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                       when 'S' then 'sequence' else 'table' end, c.oid::regclass, 'OWNER_ROLE')
                from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
                  and c.relowner <> 'OWNER_ROLE'::regrole
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                  and d.deptype in ('e', 'i', 'a'))
                union all
                select format('alter routine %s owner to %s', p.oid::regprocedure, 'OWNER_ROLE')
                from pg_proc p
                where p.pronamespace = 'public'::regnamespace and p.proowner <> 'OWNER_ROLE'::regrole
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                                  and d.deptype = 'e')""".replace("OWNER_ROLE", DatabaseRoles.OWNER))) {
            while (rs.next()) {
                alters.add(rs.getString(1));
            }
        }
        return alters;
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
