package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.grading.QuotaCheck;
import com.jgdj.dashboard.base.UserInputException;

/** Approval refused: more units qualify for 优秀 than the quota allows; carries the candidates for the decision. */
public class QuotaExceededException extends UserInputException {

    private final transient QuotaCheck check;

    public QuotaExceededException(QuotaCheck check) {
        super(message(check));
        this.check = check;
    }

    public QuotaCheck check() {
        return check;
    }

    private static String message(QuotaCheck check) {
        StringBuilder m = new StringBuilder("优秀等次超出名额，不能审定：");
        check.groups().stream().filter(g -> g.exceeded()).forEach(g -> m.append(g.name()).append(g.units())
                .append("个单位限").append(g.allowed()).append("个优秀，现有").append(g.candidates().size())
                .append("个符合条件；"));
        m.append("请对并列或超出名额的单位作出决定（调整为良好）后再审定。");
        return m.toString();
    }
}
