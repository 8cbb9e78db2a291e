package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.xlsx.XlsxTable;
import com.jgdj.dashboard.base.xlsx.XlsxWriter;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Excel exports of the ranking, the grade list and the 双约谈 list, with the period, filters and export time. */
@Service
@PreAuthorize("isAuthenticated()")
public class RankingExportService {

    private static final java.text.Collator PINYIN = java.text.Collator.getInstance(java.util.Locale.CHINA);

    private final RankingQuery rankings;
    private final InterviewService interviews;
    private final CurrentUser currentUser;
    private final Clock clock;

    RankingExportService(RankingQuery rankings, InterviewService interviews, CurrentUser currentUser, Clock clock) {
        this.rankings = rankings;
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExportFile ranking(RankingFilter filter) {
        String period = periodName(filter.periodId());
        List<RankingRow> rows = rows(filter);
        List<List<Object>> data = new ArrayList<>();
        for (RankingRow r : rows) {
            int rank = filter.byCategory() ? r.categoryRank() : r.overallRank();
            boolean tied = filter.byCategory() ? r.tiedInCategory() : r.tiedOverall();
            Integer change = filter.byCategory() ? r.categoryChange() : r.overallChange();
            data.add(row(rank, tied ? "是" : "否", r.unitName(), r.categoryName(), r.total(), r.grade().label(),
                    change, filter.byCategory() ? r.categoryPercentile() : r.percentile(), r.status().label()));
        }
        XlsxTable table = new XlsxTable("考核排名", period + "考核排名", facts(period, filter(filter, rows)),
                List.of("名次", "并列", "单位", "类别", "总分", "等次", "较上期变化", "百分位", "状态"), data);
        return new ExportFile(period + "考核排名.xlsx", XlsxWriter.write(table));
    }

    @Transactional(readOnly = true)
    public ExportFile gradeList(long periodId) {
        String period = periodName(periodId);
        List<RankingRow> rows = new ArrayList<>(rows(new RankingFilter(periodId, null, false)));
        rows.sort(Comparator.comparing(RankingRow::grade).thenComparing(RankingRow::unitName, PINYIN));
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankingRow r = rows.get(i);
            data.add(row(i + 1, r.unitName(), r.categoryName(), r.grade().label(), r.total(), r.status().label()));
        }
        XlsxTable table = new XlsxTable("考核等次", period + "考核等次名单", facts(period, "全部单位，按等次"),
                List.of("序号", "单位", "类别", "等次", "总分", "状态"), data);
        return new ExportFile(period + "考核等次名单.xlsx", XlsxWriter.write(table));
    }

    @Transactional(readOnly = true)
    public ExportFile interviews(long periodId) {
        String period = periodName(periodId);
        List<List<Object>> data = new ArrayList<>();
        int i = 1;
        for (InterviewRow r : interviews.list(periodId)) {
            data.add(row(i++, r.unitName(), r.secretaryName(), r.total(), r.grade().label(), r.overallRank(),
                    r.reason(), r.heldOn() == null ? null : r.heldOn().toString(), r.note(),
                    r.disqualified() ? "是" : "否"));
        }
        XlsxTable table = new XlsxTable("约谈名单", period + "双约谈名单", facts(period, "较差或排名靠后"),
                List.of("序号", "单位", "党组织书记", "总分", "等次", "名次", "列入原因", "约谈日期", "约谈情况", "取消评优资格"),
                data);
        return new ExportFile(period + "约谈名单.xlsx", XlsxWriter.write(table));
    }

    private List<RankingRow> rows(RankingFilter filter) {
        return rankings.rows(filter, currentUser.scope(), currentUser.hasRole(Role.REPORTER));
    }

    private String periodName(long periodId) {
        return rankings.periodName(periodId).orElseThrow(() -> new UserInputException("该报送期已不存在"));
    }

    private List<XlsxTable.Fact> facts(String period, String filter) {
        return List.of(new XlsxTable.Fact("报送期", period), new XlsxTable.Fact("筛选条件", filter),
                XlsxTable.Fact.exportedAt(clock));
    }

    private static String filter(RankingFilter filter, List<RankingRow> rows) {
        String scope = filter.categoryId() == null ? "全部类别"
                : rows.stream().findFirst().map(RankingRow::categoryName).orElse("所选类别");
        return scope + "，" + (filter.byCategory() ? "分类排名" : "总排名");
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
