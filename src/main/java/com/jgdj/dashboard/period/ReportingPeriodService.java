package com.jgdj.dashboard.period;

import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Service
public class ReportingPeriodService {

    private final ReportingPeriodRepository periods;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    ReportingPeriodService(ReportingPeriodRepository periods, AuditService audit, Validator validator, Clock clock) {
        this.periods = periods;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** All periods, newest first (a period list is short: two a year), each with its phase at this moment. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PeriodRow> list() {
        var now = clock.instant();
        return periods.findAllByOrderBySeqDesc().stream().map(p -> PeriodRow.of(p, now)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<PeriodRow> find(long id) {
        return periods.findById(id).map(p -> PeriodRow.of(p, clock.instant()));
    }

    /**
     * The period units report for now: of the periods that are 报送中 (open, deadline day not over), the one whose
     * deadline comes first. Empty when no period is open.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<PeriodRow> current() {
        return current(list());
    }

    /** {@link #current()} among periods already read. */
    public static Optional<PeriodRow> current(List<PeriodRow> periods) {
        return periods.stream().filter(PeriodRow::open).min(Comparator.comparing(PeriodRow::deadline));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(PeriodForm form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new UserInputException(violations.stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining("；")));
        }
        ReportingPeriod period;
        String before = null;
        if (form.id() == null) {
            if (periods.existsByYearAndKind(form.year(), form.kind())) {
                throw new UserInputException("报送期已存在：" + form.kind().periodName(form.year()));
            }
            period = new ReportingPeriod(form.year(), form.kind(), form.deadline());
        } else {
            period = load(form.id(), form.version());
            if (periods.existsByYearAndKindAndIdNot(form.year(), form.kind(), form.id())) {
                throw new UserInputException("报送期已存在：" + form.kind().periodName(form.year()));
            }
            before = period.auditLabel();
            period.apply(form);
        }
        ReportingPeriod saved = periods.saveAndFlush(period);
        audit.record(AuditEntry.of(form.id() == null ? "PERIOD_CREATED" : "PERIOD_UPDATED", "reporting_period",
                saved.getId(), saved.getName() + "，截止 " + saved.getDeadline()).period(saved.getId())
                .change(before, saved.auditLabel()));
        return saved.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setStatus(long id, long version, PeriodStatus status) {
        ReportingPeriod period = load(id, version);
        String before = period.auditLabel();
        period.setStatus(status);
        periods.saveAndFlush(period);
        audit.record(AuditEntry.of(status == PeriodStatus.CLOSED ? "PERIOD_CLOSED" : "PERIOD_REOPENED",
                "reporting_period", id, period.getName()).period(id).change(before, period.auditLabel()));
    }

    private ReportingPeriod load(long id, Long version) {
        ReportingPeriod period = periods.findById(id).orElseThrow(() -> new UserInputException("该报送期已不存在"));
        if (version == null || period.getVersion() != version) {
            throw new ConcurrentEditException("该报送期已被他人修改，请刷新后再操作。");
        }
        return period;
    }
}
