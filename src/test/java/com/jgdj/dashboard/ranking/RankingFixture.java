package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Two categories, five units and two periods; graded assessments written straight through SQL. */
public final class RankingFixture {

    public final long general;
    public final long economy;
    public final long h1;
    public final long annual;
    public final long[] units = new long[5];
    private final long scheme;
    private final JdbcClient jdbc;

    public RankingFixture(TestData data, JdbcClient jdbc) {
        this.jdbc = jdbc;
        general = data.category("综合部门", 1);
        economy = data.category("经济部门", 2);
        h1 = data.period(2023, "H1", LocalDate.of(2023, 7, 10), "CLOSED");
        annual = data.period(2023, "ANNUAL", LocalDate.of(2024, 1, 15), "CLOSED");
        String[] names = {"市委办公室机关党委", "市发展改革委机关党委", "市财政局机关党委", "市商务局机关党委", "市委组织部机关党委"};
        String[] secretaries = {"赵一", "钱二", "孙三", "李四", "周五"};
        for (int i = 0; i < names.length; i++) {
            units[i] = data.unit(names[i], i == 0 || i == 4 ? general : economy, "机关党委", secretaries[i], true);
        }
        scheme = jdbc.sql("select id from assessment_scheme where year is null").query(Long.class).single();
    }

    public void grade(int unit, long period, String total, String grade, String status) {
        jdbc.sql("""
                insert into assessment (unit_id, period_id, scheme_id, status, total, grade, updated_by)
                values (?, ?, ?, ?, ?, ?, 'test')""")
                .params(units[unit], period, scheme, status, new BigDecimal(total), grade).update();
    }

    /** Removes what the fixture (and reports, assessments of its periods) left when a test committed it. */
    public void removeCommitted() {
        jdbc.sql("delete from submission where period_id in (?, ?)").params(h1, annual).update();
        jdbc.sql("delete from assessment where period_id in (?, ?)").params(h1, annual).update();
        jdbc.sql("delete from reporting_period where id in (?, ?)").params(h1, annual).update();
        for (long unit : units) {
            jdbc.sql("delete from org_unit where id = ?").param(unit).update();
        }
        jdbc.sql("delete from category where id in (?, ?)").params(general, economy).update();
    }

    void bottomShare(String share) {
        jdbc.sql("update assessment_scheme set interview_bottom_share = ? where id = ?")
                .params(new BigDecimal(share), scheme).update();
    }
}
