package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Rankings of a period. Reporters see published results of their own unit only. */
@Service
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
}
