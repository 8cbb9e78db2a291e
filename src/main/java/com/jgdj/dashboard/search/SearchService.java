package com.jgdj.dashboard.search;

import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.parsing.SearchTerms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * 全文检索 over the latest version of every report the signed-in user may read (a liaison: its own unit's only;
 * and it filters by grade only on published results).
 */
@Service
public class SearchService {

    /** Longest query accepted, in characters, and most terms. */
    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_TERMS = 8;
    /**
     * A count above this is shown as "more than"; the grid then pages through the first ones, newest upload first
     * instead of by occurrences.
     */
    public static final int COUNT_CAP = 1000;

    private final SearchQuery query;
    private final CurrentUser currentUser;

    SearchService(SearchQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> search(SearchFilter filter, int offset, int limit) {
        List<String> terms = terms(filter);
        if (terms.isEmpty()) {
            return List.of();
        }
        boolean published = publishedGradesOnly();
        return query.hits(filter, terms, currentUser.scope(), published, order(filter, terms, published), offset,
                Math.max(0, Math.min(limit, COUNT_CAP - offset)));
    }

    /**
     * Up to {@link #COUNT_CAP} matches: most occurrences first. More: the newest uploads first (ranking by occurrences
     * would read every match's text; the view says so and asks for a filter).
     */
    private SearchQuery.Order order(SearchFilter filter, List<String> terms, boolean published) {
        return query.count(filter, terms, currentUser.scope(), published, COUNT_CAP) > COUNT_CAP
                ? SearchQuery.Order.NEWEST : SearchQuery.Order.OCCURRENCES;
    }

    /** The number of matching reports, at most {@link #COUNT_CAP} + 1. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(SearchFilter filter) {
        List<String> terms = terms(filter);
        return terms.isEmpty() ? 0 : query.count(filter, terms, currentUser.scope(), publishedGradesOnly(), COUNT_CAP);
    }

    /** The terms of the query as the search reads them; refuses a query too long to be a search. */
    public static List<String> terms(SearchFilter filter) {
        String q = filter.query() == null ? "" : filter.query().strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new UserInputException("检索词过长：最多" + MAX_QUERY_LENGTH + "个字");
        }
        List<String> terms = SearchTerms.terms(q);
        if (terms.size() > MAX_TERMS) {
            throw new UserInputException("检索词过多：最多" + MAX_TERMS + "个，请用空格分隔");
        }
        return terms;
    }

    private boolean publishedGradesOnly() {
        return currentUser.hasRole(Role.REPORTER) || !currentUser.scope().isAll();
    }
}
