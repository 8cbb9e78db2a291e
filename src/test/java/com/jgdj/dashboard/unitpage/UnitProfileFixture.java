package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.ranking.RankingFixture;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;

/**
 * The ranking fixture's five units graded in 2023年上半年 and 2023年度 (published), with points on two dimensions
 * and reports with counts for 2023年度 (and one for the unit under test in 2023年上半年).
 * <pre>
 *             上半年  年度     政治建设(20) 年度/上半年   组织建设(20) 年度/上半年   中心组学习 年度   主题党日 年度
 * u0 综合部门   90    86 良好   16 / 18                  15 / 15                   6+2 次 (上半年 5次)  3次
 * u1 经济部门   85    88.5     18                       20                        10次                  5次
 * u2 经济部门   80    88.5     14                       20                        4次
 * u3 经济部门   55    58 较差   10                       5                         —
 * u4 综合部门   95    92 优秀   20                       19                        12次
 * </pre>
 */
public final class UnitProfileFixture {

    public static final String REPORT = "召开中心组学习6次，专题研讨中心组学习2次。开展主题党日3次。";
    public static final String PREVIOUS_REPORT = "召开中心组学习5次，开展警示教育2次。";

    public final RankingFixture units;
    public final long unit;
    public final long h1;
    public final long annual;
    public final long politics;
    public final long organisation;
    public final long report;
    public final long previousReport;
    private final JdbcClient jdbc;

    public UnitProfileFixture(TestData data, JdbcClient jdbc) {
        this.jdbc = jdbc;
        units = new RankingFixture(data, jdbc);
        unit = units.units[0];
        h1 = units.h1;
        annual = units.annual;
        String[] h1Totals = {"90", "85", "80", "55", "95"};
        String[] h1Grades = {"EXCELLENT", "GOOD", "GOOD", "POOR", "EXCELLENT"};
        String[] totals = {"86", "88.5", "88.5", "58", "92"};
        String[] grades = {"GOOD", "GOOD", "GOOD", "POOR", "EXCELLENT"};
        for (int i = 0; i < 5; i++) {
            units.grade(i, h1, h1Totals[i], h1Grades[i], "PUBLISHED");
            units.grade(i, annual, totals[i], grades[i], "PUBLISHED");
        }
        politics = dimension("政治建设");
        organisation = dimension("组织建设");
        String[] politicsPoints = {"16", "18", "14", "10", "20"};
        String[] organisationPoints = {"15", "20", "20", "5", "19"};
        for (int i = 0; i < 5; i++) {
            score(units.units[i], annual, politics, politicsPoints[i]);
            score(units.units[i], annual, organisation, organisationPoints[i]);
        }
        score(unit, h1, politics, "18");
        score(unit, h1, organisation, "15");

        report = data.submission(unit, annual, REPORT, "u0-annual.txt", false, "ACCEPTED");
        metric(report, 1, REPORT, "中心组学习6次", "中心组学习");
        metric(report, 2, REPORT, "中心组学习2次", "中心组学习");
        metric(report, 3, REPORT, "主题党日3次", "主题党日");
        flags(report, 2);
        previousReport = data.submission(unit, h1, PREVIOUS_REPORT, "u0-h1.txt", false, "ACCEPTED");
        metric(previousReport, 1, PREVIOUS_REPORT, "中心组学习5次", "中心组学习");
        metric(previousReport, 2, PREVIOUS_REPORT, "警示教育2次", "警示教育");
        flags(previousReport, 3);
        String[] others = {null, "召开中心组学习10次，开展主题党日5次。", "召开中心组学习4次。", "本单位工作汇报。",
                "召开中心组学习12次。"};
        for (int i = 1; i < 5; i++) {
            long id = data.submission(units.units[i], annual, others[i], "u" + i + ".txt", false, "ACCEPTED");
            if (others[i].contains("中心组学习")) {
                String text = others[i].substring(others[i].indexOf("中心组学习"), others[i].indexOf("次") + 1);
                metric(id, 1, others[i], text, "中心组学习");
            }
            if (others[i].contains("主题党日")) {
                metric(id, 2, others[i], "主题党日5次", "主题党日");
            }
        }
    }

    private long dimension(String name) {
        return jdbc.sql("""
                select d.id from scheme_dimension d join assessment_scheme s on s.id = d.scheme_id
                where s.year is null and d.name = ?""").param(name).query(Long.class).single();
    }

    private void score(long unitId, long periodId, long dimensionId, String points) {
        jdbc.sql("""
                insert into assessment_score (assessment_id, dimension_id, points)
                select id, ?, ? from assessment where unit_id = ? and period_id = ?""")
                .params(dimensionId, new BigDecimal(points), unitId, periodId).update();
    }

    private void metric(long submissionId, int ordinal, String fullText, String text, String indicator) {
        int start = fullText.indexOf(text);
        String digits = text.replaceAll("[^0-9]", "");
        int quantityStart = start + text.indexOf(digits);
        jdbc.sql("""
                insert into submission_metric (submission_id, ordinal, text, number, unit, approx, indicator_id,
                    start_offset, quantity_start, end_offset)
                values (?, ?, ?, ?, '次', false, (select id from indicator where name = ?), ?, ?, ?)""")
                .params(submissionId, ordinal, text, new BigDecimal(digits), indicator, start, quantityStart,
                        start + text.length()).update();
    }

    private void flags(long submissionId, int count) {
        jdbc.sql("update submission set flag_count = ? where id = ?").params(count, submissionId).update();
    }
}
