package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The 双约谈 list (约谈名单) of published periods, and the record of each talk. */
@Service
public class InterviewService {

    private final InterviewQuery query;
    private final InterviewRepository interviews;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final SchemeService schemes;

    InterviewService(InterviewQuery query, InterviewRepository interviews, CurrentUser currentUser,
                     AuditService audit, Clock clock, SchemeService schemes) {
        this.schemes = schemes;
        this.query = query;
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InterviewRow> list(long periodId) {
        return rows(periodId, currentUser.scope());
    }

    private List<InterviewRow> rows(long periodId, UnitScope scope) {
        return query.rows(periodId, scope, bottomPlaces(periodId));
    }

    private int bottomPlaces(long periodId) {
        return query.published(periodId)
                .map(p -> schemes.settings(p.schemeId()).interviewPlaces(p.units())).orElse(0);
    }

    /** The unit's row of the period's 约谈名单 (empty when not listed or outside the user's scope). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<InterviewRow> listed(long periodId, long unitId) {
        return currentUser.scope().includes(unitId) ? query.row(periodId, unitId, bottomPlaces(periodId))
                : Optional.empty();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UnitInterviewRow> forUnit(long unitId) {
        UnitScope scope = currentUser.scope();
        return scope.includes(unitId) ? query.forUnit(unitId) : List.of();
    }

    /** Records (or updates) that the talk took place; only for a unit on the period's list. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public long record(InterviewForm form) {
        long unitId = form.unit().value();
        long periodId = form.period().value();
        InterviewRow listed = rows(periodId, UnitScope.ALL).stream()
                .filter(r -> r.unitId() == unitId).findFirst()
                .orElseThrow(() -> new UserInputException("该单位不在本期约谈名单中"));
        if (form.heldOn() != null && form.heldOn().isAfter(LocalDate.now(clock))) {
            throw new UserInputException("约谈日期不能晚于今天");
        }
        if (form.heldOn() == null && (form.note() != null && !form.note().isBlank())) {
            throw new UserInputException("请填写约谈日期");
        }
        Interview interview = interviews.findByUnitIdAndPeriodId(unitId, periodId)
                .orElseGet(() -> new Interview(unitId, periodId));
        if (!Objects.equals(interview.getId() == null ? null : interview.getVersion(), form.version())) {
            throw new ConcurrentEditException("该约谈记录已被他人修改，请刷新后再编辑。");
        }
        interview.apply(form, currentUser.username(), OffsetDateTime.now(clock));
        Interview saved = interviews.saveAndFlush(interview);
        audit.record("INTERVIEW_RECORDED", "interview", saved.getId(), listed.unitName()
                + (form.heldOn() == null ? "" : "，" + form.heldOn() + "约谈")
                + (form.disqualified() ? "，取消评优资格" : ""));
        return saved.getVersion();
    }
}
