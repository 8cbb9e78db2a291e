package com.jgdj.dashboard;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Test-only: wraps the application's {@link DataSource} so that a test can see every SQL statement its code
 * prepares on the test's thread while {@link #during} runs. Outside {@code during} nothing is recorded.
 */
@Component
public class StatementLog implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements prepared on this thread while {@code action} runs, in order. */
    public static List<String> during(Runnable action) {
        return during(() -> {
            action.run();
            return null;
        }).statements();
    }

    public static <T> Recorded<T> during(Supplier<T> action) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    /** How many of the statements contain {@code fragment}. */
    public static long count(List<String> statements, String fragment) {
        return statements.stream().filter(s -> s.contains(fragment)).count();
    }

    public record Recorded<T>(T result, List<String> statements) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Recording) ? new Recording(dataSource) : bean;
    }

    private static final class Recording extends DelegatingDataSource implements AutoCloseable {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private static Connection recording(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "prepareStatement", "prepareCall" -> {
                            List<String> statements = RECORDING.get();
                            if (statements != null) {
                                statements.add((String) args[0]);
                            }
                        }
                        default -> {
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
