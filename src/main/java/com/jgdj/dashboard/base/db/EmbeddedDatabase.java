package com.jgdj.dashboard.base.db;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** The running embedded cluster as the application sees it: its port and its roles' credentials. */
public record EmbeddedDatabase(int port, EmbeddedCredentials credentials) {

    public static final String DATABASE = "postgres";

    public DataSource superuser() {
        return dataSource(DatabaseRoles.SUPERUSER, credentials.superuserPassword());
    }

    public DataSource owner() {
        return dataSource(DatabaseRoles.OWNER, credentials.ownerPassword());
    }

    public DataSource app() {
        return dataSource(DatabaseRoles.APP, credentials.appPassword());
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(DATABASE);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
