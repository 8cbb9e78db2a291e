package com.jgdj.dashboard.unitpage;

import java.time.LocalDate;

/** Whether the unit is on the period's 双约谈 list, why, and what was recorded of the talk. */
public record UnitInterviewStatus(boolean listed, String reason, LocalDate heldOn, boolean disqualified) {

    public static final UnitInterviewStatus NOT_LISTED = new UnitInterviewStatus(false, null, null, false);

    public String label() {
        if (!listed) {
            return "未列入约谈名单";
        }
        return "列入约谈名单（" + reason + "），" + (heldOn == null ? "尚未约谈" : "已约谈")
                + (disqualified ? "，已取消评优资格" : "");
    }
}
