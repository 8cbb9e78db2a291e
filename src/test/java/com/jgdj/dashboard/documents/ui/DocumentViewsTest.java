package com.jgdj.dashboard.documents.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.documents.TemplateKind;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.unitpage.UnitProfileFixture;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentViewsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    UnitProfileFixture f;

    @BeforeEach
    void results() {
        f = new UnitProfileFixture(data, jdbc);
    }

    private static List<String> preview(DocumentTemplateView view) {
        return _find(view.preview, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void the_template_preview_shows_the_edited_paragraphs_filled_with_the_latest_published_period() {
        login(Role.ADMIN);
        open("document-templates");
        DocumentTemplateView view = _get(DocumentTemplateView.class);
        assertEquals("关于2023年度机关党建工作考核结果的通报", preview(view).get(1));
        view.opening.setValue("现将{period}考核结果通报如下。");
        _click(view.showPreview);
        assertEquals("现将2023年度考核结果通报如下。", preview(view).get(3));
        _click(view.save);
        expectNotifications("已保存通报模板");
        view.kind.setValue(TemplateKind.FEEDBACK);
        // the feedback preview is the first unit of the ranking
        assertEquals("关于市委组织部机关党委2023年度机关党建工作考核情况的反馈意见", preview(view).get(1));
        view.closing.setValue("");
        _click(view.save);
        expectNotifications("请填写结尾");
    }

    @Test
    void the_ranking_page_of_a_published_period_offers_the_notice_and_the_bundle_to_staff_only() {
        login(Role.ASSESSOR);
        open("rankings?period=" + f.annual);
        _get(Anchor.class, s -> s.withText(RankingDocumentsAction.NOTICE));
        _get(Anchor.class, s -> s.withText(RankingDocumentsAction.BUNDLE));
        jdbc.sql("update assessment set status = 'APPROVED' where period_id = ? and unit_id = ?")
                .params(f.annual, f.unit).update();
        open("rankings?period=" + f.h1);
        open("rankings?period=" + f.annual);
        assertEquals(0, _find(Anchor.class, s -> s.withText(RankingDocumentsAction.NOTICE)).size());
        login(Role.REPORTER, f.unit);
        open("rankings?period=" + f.h1);
        assertEquals(0, _find(Anchor.class, s -> s.withText(RankingDocumentsAction.NOTICE)).size());
    }

    @Test
    void the_unit_page_offers_the_units_feedback_to_its_liaison() {
        login(Role.REPORTER, f.unit);
        open("units/" + f.unit + "?period=" + f.annual);
        assertEquals("download-feedback", _get(Anchor.class, s -> s.withText("下载2023年度反馈意见")).getId().orElseThrow());
    }
}
