package com.jgdj.dashboard.auditlog.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditViewTest extends KaribuTest {

    @Test
    void the_filters_come_from_the_url() {
        long category = data.category("群团组织", 1);
        long unit = data.unit("团市委机关党总支", category, "党总支", "王晓明", true);
        login(Role.ADMIN);
        open("audit?from=2026-11-01&to=2026-12-01&user=admin&unit=" + unit + "&kind=ASSESSMENT_SAVED");
        AuditView view = _get(AuditView.class);
        assertEquals(LocalDate.of(2026, 11, 1), view.from.getValue());
        assertEquals(LocalDate.of(2026, 12, 1), view.to.getValue());
        assertEquals("admin", view.user.getValue());
        assertEquals("团市委机关党总支", view.unit.getValue().name());
        assertEquals("修改评分", view.kind.getValue().label());
        assertEquals("共 0 条", view.summary.getText());
    }
}
