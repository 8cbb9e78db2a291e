package com.jgdj.dashboard;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Runs one service call of an {@link IntegrationTest} behind a savepoint of the test's transaction: a call that fails
 * is rolled back to the savepoint, as its own transaction would be, so the test can read back what (if anything) the
 * call left stored. (The JPA dialect has no nested transactions, so the savepoint is taken on the JDBC connection.)
 */
@Component
public class Savepoints {

    private final DataSource dataSource;
    private final EntityManager entityManager;

    Savepoints(DataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    /** The exception the call ended with, after everything it wrote has been rolled back; null when it succeeded. */
    public RuntimeException refusal(ThrowingSupplier<?> call) {
        entityManager.flush();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                call.get();
                connection.releaseSavepoint(savepoint);
                return null;
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                // the persistence context still holds what the rolled-back call had loaded or created
                entityManager.clear();
                return e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
