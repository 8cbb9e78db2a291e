package com.jgdj.dashboard;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring context installs its own Vaadin-aware security context strategy (each with its own storage) as the
 * global one, and its method security reads only its own. Once a second context has started, a test of the first
 * would sign in where its services cannot see it; so before each test the global strategy is set back to the one
 * of the test's context. Registered in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyTestListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
