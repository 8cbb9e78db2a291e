package com.jgdj.dashboard.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Every pooled connection plans each execution for its values ({@code plan_cache_mode = force_custom_plan}), on the
 * embedded cluster and on an external PostgreSQL alike. The read models filter with {@code cast(:x …) is null or
 * col = :x}; after five executions of a server-prepared statement PostgreSQL may switch to a generic plan that
 * estimates such a filter at one row (a nested loop over every report of the period). Planning costs a fraction of a
 * millisecond per statement here; a misestimated generic plan cost seconds at 5,000 units × 20 periods.
 */
@Component
class CustomPlans implements BeanPostProcessor {

    static final String SET = "set plan_cache_mode = force_custom_plan";
    private static final Logger log = LoggerFactory.getLogger(CustomPlans.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try {
                if (dataSource.isWrapperFor(HikariDataSource.class)) {
                    apply(dataSource.unwrap(HikariDataSource.class));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The pool of " + beanName + " could not be configured: "
                        + e.getMessage(), e);
            }
        }
        return bean;
    }

    /** Puts the setting first in the pool's connection-init SQL (kept after it when one was configured). */
    static void apply(HikariDataSource pool) {
        String configured = pool.getConnectionInitSql();
        if (configured != null && configured.contains(SET)) {
            return;
        }
        pool.setConnectionInitSql(configured == null || configured.isBlank() ? SET : SET + "; " + configured);
        log.debug("pool {}: connections plan every execution for its values", pool.getPoolName());
    }
}
