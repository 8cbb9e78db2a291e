package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
public class SubmissionService {

    private final SubmissionQuery query;
    private final CurrentUser currentUser;

    SubmissionService(SubmissionQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<SubmissionRow> list(SubmissionFilter filter, int offset, int limit) {
        return query.rows(filter, currentUser.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(SubmissionFilter filter) {
        return query.count(filter, currentUser.scope());
    }

    /** Empty when the report does not exist or lies outside the signed-in user's scope. */
    @Transactional(readOnly = true)
    public Optional<SubmissionDetails> details(long id) {
        return query.details(id, currentUser.scope());
    }
}
