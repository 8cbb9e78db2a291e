package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class OverviewService {

    private final OverviewQuery query;
    private final CurrentUser currentUser;

    OverviewService(OverviewQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<PeriodOverviewRow> periods() {
        return query.periods(currentUser.scope());
    }
}
