package com.jgdj.dashboard.bench;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wraps the application's {@link DataSource} (registered by the bench only, never in the product) so that the bench
 * sees every statement the services execute on its thread, with the values bound to it, to replay them raw.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** One executed statement: its SQL (JDBC {@code ?} placeholders) and the setter calls that bound its values. */
    record Executed(String sql, List<Bind> binds) {

        /** The bound values in parameter order ({@code setNull} as null). */
        List<Object> values() {
            java.util.TreeMap<Integer, Object> byIndex = new java.util.TreeMap<>();
            for (Bind bind : binds) {
                byIndex.put((Integer) bind.args()[0],
                        bind.setter().getName().equals("setNull") ? null : bind.args()[1]);
            }
            return new ArrayList<>(byIndex.values());
        }

        void bindTo(PreparedStatement statement) throws SQLException {
            for (Bind bind : binds) {
                try {
                    bind.setter().invoke(statement, bind.args());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof SQLException s) {
                        throw s;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    record Bind(Method setter, Object[] args) {
    }

    private static final ThreadLocal<List<Executed>> RECORDING = new ThreadLocal<>();

    /** The statements executed on this thread while {@code action} runs, in order. */
    static List<Executed> during(Supplier<?> action) {
        List<Executed> executed = new ArrayList<>();
        RECORDING.set(executed);
        try {
            action.get();
            return List.copyOf(executed);
        } finally {
            RECORDING.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Recording) && beanName.equals("dataSource")
                ? new Recording(dataSource) : bean;
    }

    private static final class Recording extends DelegatingDataSource implements AutoCloseable {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                return prepared(ps, (String) args[0]);
            }
            if (method.getName().equals("createStatement") && result instanceof Statement s) {
                return plain(s);
            }
            return result;
        });
    }

    private static PreparedStatement prepared(PreparedStatement statement, String sql) {
        List<Bind> binds = new ArrayList<>();
        return proxy(PreparedStatement.class, statement, (method, args, result) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                binds.add(new Bind(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                binds.clear();
            } else if ((name.equals("executeQuery") || name.equals("execute") || name.equals("executeUpdate"))
                    && (args == null || args.length == 0)) {
                record(new Executed(sql, List.copyOf(binds)));
            }
            return result;
        });
    }

    private static Statement plain(Statement statement) {
        return proxy(Statement.class, statement, (method, args, result) -> {
            if (method.getName().startsWith("execute") && args != null && args.length == 1
                    && args[0] instanceof String sql) {
                record(new Executed(sql, List.of()));
            }
            return result;
        });
    }

    private static void record(Executed executed) {
        List<Executed> list = RECORDING.get();
        if (list != null) {
            list.add(executed);
        }
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "unwrap" -> {
                            return method.invoke(target, args);
                        }
                        default -> {
                        }
                    }
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return after.apply(method, args, result);
                });
    }
}
