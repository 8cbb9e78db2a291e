package com.jgdj.dashboard.base.db;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that reads with one SQL statement: it joins the caller's transaction when there is one, and
 * otherwise runs its statement on its own (autocommit), without opening a transaction for it. Under PostgreSQL's
 * READ COMMITTED a statement sees one snapshot either way; what a transaction around a single read would add is a
 * JPA session, a {@code BEGIN} and a {@code COMMIT} — measured at about half a millisecond per call, as much as a
 * page of the ranking's own statement. Methods that run several statements keep {@code @Transactional}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface SingleStatementRead {
}
