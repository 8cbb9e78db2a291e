package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.db.SingleStatementRead;

import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Rankings of a period. Reporters see published results of their own unit only. */
@Service
@PreAuthorize("isAuthenticated()")
public class RankingService {

    private final RankingQuery query;
    private final CurrentUser currentUser;

    RankingService(RankingQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<RankingRow> ranking(RankingFilter filter) {
        return query.rows(filter, currentUser.scope(), currentUser.hasRole(Role.REPORTER));
    }

    /** A page of the ranking for a lazy grid; {@code grade} null for all grades. */
    @SingleStatementRead
    public List<RankingRow> page(RankingFilter filter, Grade grade, int offset, int limit) {
        return page(filter, grade, ScoreBand.ALL, offset, limit);
    }

    /** A page of the units whose total lies in {@code band} (their ranks stay those of the whole ranking). */
    @SingleStatementRead
    public List<RankingRow> page(RankingFilter filter, Grade grade, ScoreBand band, int offset, int limit) {
        return query.rows(filter, grade, band, currentUser.scope(), currentUser.hasRole(Role.REPORTER), offset, limit);
    }

    @SingleStatementRead
    public long count(RankingFilter filter, Grade grade) {
        return count(filter, grade, ScoreBand.ALL);
    }

    @SingleStatementRead
    public long count(RankingFilter filter, Grade grade, ScoreBand band) {
        return query.count(filter, grade, band, currentUser.scope(), currentUser.hasRole(Role.REPORTER));
    }
}
