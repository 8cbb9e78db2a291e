package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.SignIn;

import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.grading.Dimension;
import com.jgdj.dashboard.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Units, a period with submissions, and score forms on the default scheme (20/15/20/10/15/10/10). */
public final class AssessmentFixture {

    public final long period;
    public final long[] units;
    public final SchemeDetails scheme;

    private AssessmentFixture(long period, long[] units, SchemeDetails scheme) {
        this.period = period;
        this.units = units;
        this.scheme = scheme;
    }

    /** {@code count} units in 综合部门 (first half) and 经济部门, all with a report for 2023年上半年. */
    public static AssessmentFixture create(TestData data, SchemeService schemes, int count) {
        long general = data.category("综合部门", 1);
        long economy = data.category("经济部门", 2);
        long period = data.period(2023, "H1", LocalDate.of(2023, 7, 10), "CLOSED");
        long[] units = new long[count];
        for (int i = 0; i < count; i++) {
            units[i] = data.unit(String.format("单位%02d", i + 1), i < (count + 1) / 2 ? general : economy, "机关党委",
                    "书记" + (i + 1), true);
            data.submission(units[i], period, "单位" + (i + 1) + "工作汇报，开展中心组学习6次。", "r" + i + ".txt", false,
                    "ACCEPTED");
        }
        signIn(Role.ADMIN);
        return new AssessmentFixture(period, units, schemes.createForYear(2023));
    }

    public static void signIn(Role role) {
        SignIn.as(role);
    }

    public static void signInAs(String username, Role role) {
        SignIn.asUser(8, username, role);
    }

    /** Points for the seven default dimensions, in scheme order. */
    public Map<Long, BigDecimal> points(String... values) {
        List<Dimension> dims = scheme.rules().dimensions();
        Map<Long, BigDecimal> points = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            points.put(dims.get(i).id(), new BigDecimal(values[i]));
        }
        return points;
    }

    /** Full marks minus the points lost, taken from the dimensions in scheme order. */
    public Map<Long, BigDecimal> total(String total) {
        BigDecimal lost = new BigDecimal("100").subtract(new BigDecimal(total));
        Map<Long, BigDecimal> points = new HashMap<>();
        for (Dimension d : scheme.rules().dimensions()) {
            BigDecimal take = lost.min(d.maxPoints());
            points.put(d.id(), d.maxPoints().subtract(take));
            lost = lost.subtract(take);
        }
        return points;
    }

    public ScoreForm form(int unit, Map<Long, BigDecimal> points) {
        return new ScoreForm(null, null, UnitId.of(units[unit]), PeriodId.of(period), points, List.of(), null, null, null);
    }

    public long item(String name) {
        return scheme.rules().items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }

    public long veto(String name) {
        return scheme.rules().vetoes().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().id();
    }
}
