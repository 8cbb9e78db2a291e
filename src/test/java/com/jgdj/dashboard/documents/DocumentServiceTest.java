package com.jgdj.dashboard.documents;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.ranking.RankingFilter;
import com.jgdj.dashboard.ranking.RankingRow;
import com.jgdj.dashboard.ranking.RankingService;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.unitpage.UnitProfileFixture;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class DocumentServiceTest {

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentTemplateService templates;
    @Autowired
    RankingService rankings;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    UnitProfileFixture f;
    LocalDate today;

    @BeforeEach
    void data() {
        f = new UnitProfileFixture(data, jdbc);
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        SignIn.as(Role.LEADER);
    }

    private String evidence() {
        int start = UnitProfileFixture.REPORT.indexOf("中心组学习6次");
        jdbc.sql("""
                insert into assessment_adjustment (assessment_id, position, item_id, points, reason,
                    evidence_submission_id, evidence_start, evidence_end, evidence_text, evidence_kind)
                select a.id, 1, i.id, 0.5, '中心组学习次数偏少', ?, ?, ?, '召开中心组学习6次', 'SENTENCE'
                from assessment a, scheme_item i
                where a.unit_id = ? and a.period_id = ? and i.name = '组织生活开展次数不足'
                  and i.scheme_id = a.scheme_id""")
                .params(f.report, start, start + 7, f.unit, f.annual).update();
        return jdbc.sql("""
                select ad.evidence_text from assessment_adjustment ad join assessment a on a.id = ad.assessment_id
                where a.unit_id = ? and a.period_id = ?""").params(f.unit, f.annual).query(String.class).single();
    }

    @Test
    void the_notice_reads_title_opening_units_by_grade_in_pinyin_order_interviews_closing_organ_and_date() {
        DocumentFile file = documents.notice(f.annual);
        assertEquals("2023年度机关党建工作考核结果通报.docx", file.fileName());
        assertEquals(DocumentFile.DOCX, file.contentType());
        XWPFDocument doc = Docx.open(file.bytes());
        assertEquals(List.of(
                "市直工委〔" + today.getYear() + "〕1号",
                "关于2023年度机关党建工作考核结果的通报",
                "各市直机关党组织：",
                "根据《市直机关党建工作考核办法》，市直机关工委组织开展了2023年度机关党建工作考核。经单位报送、考核组评分、工委审定，现将考核结果通报如下。",
                "一、考核结果",
                "（一）优秀（1个）", "市委组织部机关党委。",
                "（二）良好（3个）", "市财政局机关党委、市发展改革委机关党委、市委办公室机关党委。",
                "（三）一般（0个）", "无。",
                "（四）较差（1个）", "市商务局机关党委。",
                "二、约谈名单",
                "以下单位考核等次为较差或排名靠后，列入约谈名单，由市直机关工委约谈其党组织书记：市商务局机关党委（较差）。",
                "三、工作要求",
                "希望受到表扬的单位珍惜荣誉、再接再厉，进一步提高机关党建工作质量。各单位要对照考核反馈意见，认真查找差距，逐项抓好整改落实，推动机关党建工作与业务工作深度融合。",
                "中共市直机关工作委员会",
                Formats.date(today)), Docx.paragraphs(doc));
    }

    @Test
    void the_units_of_each_grade_are_those_of_the_ranking_read_model() {
        List<RankingRow> ranking = rankings.ranking(new RankingFilter(f.annual, null, false));
        List<String> paragraphs = Docx.paragraphs(Docx.open(documents.notice(f.annual).bytes()));
        for (Grade grade : Grade.values()) {
            List<String> expected = ranking.stream().filter(r -> r.grade() == grade).map(RankingRow::unitName)
                    .sorted(UnitNames.ORDER).toList();
            String heading = paragraphs.stream().filter(p -> p.matches("（.）" + grade.label() + "（\\d+个）"))
                    .findFirst().orElseThrow();
            assertEquals(heading.replaceAll("^（.）", ""), grade.label() + "（" + expected.size() + "个）");
            String units = paragraphs.get(paragraphs.indexOf(heading) + 1);
            assertEquals(expected.isEmpty() ? "无。" : String.join("、", expected) + "。", units);
        }
    }

    @Test
    void the_notice_has_the_official_layout_fonts_sizes_margins_grid_and_page_number_field() {
        XWPFDocument doc = Docx.open(documents.notice(f.annual).bytes());
        assertEquals("方正小标宋简体 22", Docx.font(Docx.paragraph(doc, "关于2023年度机关党建工作考核结果的通报")));
        assertEquals("仿宋_GB2312 16", Docx.font(Docx.paragraph(doc, "市商务局机关党委。")));
        assertEquals("仿宋_GB2312 16", Docx.font(Docx.paragraph(doc, "各市直机关党组织：")));
        assertEquals("黑体 16", Docx.font(Docx.paragraph(doc, "一、考核结果")));
        assertEquals("楷体_GB2312 16", Docx.font(Docx.paragraph(doc, "（一）优秀（1个）")));
        assertEquals(640, Docx.paragraph(doc, "市商务局机关党委。").getIndentationFirstLine());
        assertEquals(28.95, Docx.paragraph(doc, "市商务局机关党委。").getSpacingBetween(), 0.001);

        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertEquals(List.of(11906, 16838), List.of(((BigInteger) sect.getPgSz().getW()).intValue(),
                ((BigInteger) sect.getPgSz().getH()).intValue()));
        // 37, 35, 28 and 26 mm in twentieths of a point
        assertEquals(List.of(2098, 1984, 1587, 1474), List.of(((BigInteger) sect.getPgMar().getTop()).intValue(),
                ((BigInteger) sect.getPgMar().getBottom()).intValue(), ((BigInteger) sect.getPgMar().getLeft()).intValue(),
                ((BigInteger) sect.getPgMar().getRight()).intValue()));
        assertEquals("linesAndChars", sect.getDocGrid().getType().toString());
        assertEquals(579, sect.getDocGrid().getLinePitch().intValue());

        List<XWPFFooter> footers = doc.getFooterList();
        assertEquals(2, footers.size());
        for (XWPFFooter footer : footers) {
            assertEquals("— 1 —", footer.getText().strip());
            var p = footer.getParagraphs().getFirst();
            assertEquals("宋体 14", Docx.font(p));
            assertEquals(List.of(" PAGE "), p.getRuns().stream().flatMap(r -> r.getCTR().getInstrTextList().stream())
                    .map(t -> t.getStringValue()).toList());
        }
    }

    @Test
    void generating_is_audited() {
        documents.notice(f.annual);
        documents.feedback(f.unit, f.annual);
        assertEquals(List.of("NOTICE_GENERATED 2023年度考核结果通报", "FEEDBACK_GENERATED 2023年度考核反馈意见"),
                jdbc.sql("select action || ' ' || detail from audit_log where action like '%GENERATED' order by id")
                        .query(String.class).list());
    }

    @Test
    void a_period_not_published_is_refused_in_chinese() {
        jdbc.sql("update assessment set status = 'APPROVED' where period_id = ? and unit_id = ?")
                .params(f.annual, f.unit).update();
        UserInputException e = assertThrows(UserInputException.class, () -> documents.notice(f.annual));
        assertEquals("2023年度的考核结果尚未通报，不能生成通报和反馈意见", e.getMessage());
        assertThrows(UserInputException.class, () -> documents.feedbackBundle(f.annual));
        assertThrows(UserInputException.class, () -> documents.feedback(f.units.units[1], f.annual));
        assertEquals(0L, jdbc.sql("select count(*) from audit_log where action like '%GENERATED'")
                .query(Long.class).single());
    }

    @Test
    void a_units_feedback_gives_result_scores_against_the_city_and_quotes_the_stored_evidence_exactly() {
        String stored = evidence();
        DocumentFile file = documents.feedback(f.unit, f.annual);
        assertEquals("市委办公室机关党委2023年度考核反馈意见.docx", file.fileName());
        XWPFDocument doc = Docx.open(file.bytes());
        List<String> paragraphs = Docx.paragraphs(doc);
        assertEquals("关于市委办公室机关党委2023年度机关党建工作考核情况的反馈意见", paragraphs.get(1));
        assertEquals("市委办公室机关党委：", paragraphs.get(2));
        assertTrue(paragraphs.contains(
                "你单位2023年度考核总分86分，等次为良好，在全市5个单位中排第4名，在综合部门2个单位中排第2名。"));
        assertTrue(paragraphs.contains(
                "（一）扣分0.5分：组织生活开展次数不足（中心组学习次数偏少）。报告原文：“" + stored + "”。"), paragraphs.toString());
        assertEquals("召开中心组学习6次", stored);
        XWPFTable table = doc.getTables().getFirst();
        List<List<String>> cells = new ArrayList<>();
        table.getRows().forEach(r -> cells.add(r.getTableCells().stream().map(c -> c.getText()).toList()));
        // every dimension of the scheme, in its order; one not scored shows dashes
        assertEquals(FeedbackComposer.SCORE_HEADER, cells.getFirst());
        assertEquals(List.of("政治建设", "20", "16", "80%", "78%"), cells.get(1));
        assertEquals(List.of("思想建设与理论学习", "15", "—", "—", "—"), cells.get(2));
        assertTrue(cells.contains(List.of("组织建设", "20", "15", "75%", "79%")), cells.toString());
        assertEquals("黑体 16", Docx.font(Docx.paragraph(doc, "三、扣分和加分事项")));
        assertEquals("方正小标宋简体 22", Docx.font(Docx.paragraph(doc, paragraphs.get(1))));
    }

    @Test
    void a_liaison_gets_its_own_units_feedback_and_nothing_else() {
        SignIn.as(Role.REPORTER, f.unit);
        assertEquals("市委办公室机关党委2023年度考核反馈意见.docx", documents.feedback(f.unit, f.annual).fileName());
        assertThrows(AccessDeniedException.class, () -> documents.feedback(f.units.units[1], f.annual));
        assertThrows(AccessDeniedException.class, () -> documents.notice(f.annual));
        assertThrows(AccessDeniedException.class, () -> documents.feedbackBundle(f.annual));
        assertEquals(f.annual, documents.feedbackOffer(f.unit, null).orElseThrow().periodId());
        assertTrue(documents.feedbackOffer(f.units.units[1], f.annual).isEmpty());
    }

    @Test
    void the_bundle_holds_one_feedback_per_ranked_unit() throws IOException {
        DocumentFile file = documents.feedbackBundle(f.annual);
        assertEquals("2023年度机关党建工作考核反馈意见.zip", file.fileName());
        List<String> names = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                titles.add(Docx.paragraphs(Docx.open(zip.readAllBytes())).get(1));
            }
        }
        List<String> units = rankings.ranking(new RankingFilter(f.annual, null, false)).stream()
                .map(RankingRow::unitName).toList();
        assertEquals(units.stream().map(u -> u + "2023年度考核反馈意见.docx").toList(), names);
        assertEquals(units.stream().map(u -> "关于" + u + "2023年度机关党建工作考核情况的反馈意见").toList(), titles);
    }

    @Test
    void an_administrator_edits_the_template_concurrent_edits_and_blanks_are_refused() {
        SignIn.as(Role.ADMIN);
        TemplateForm t = templates.template(TemplateKind.NOTICE);
        TemplateForm edited = new TemplateForm(t.kind(), t.addressee(), "现将{period}考核结果通报如下。\n请各单位知悉。",
                t.closing(), "中共某市直属机关工作委员会", "某工委〔{year}〕7号", t.version());
        templates.save(edited);
        List<String> paragraphs = Docx.paragraphs(Docx.open(documents.notice(f.annual).bytes()));
        assertEquals(List.of("某工委〔" + today.getYear() + "〕7号", "关于2023年度机关党建工作考核结果的通报",
                "各市直机关党组织：", "现将2023年度考核结果通报如下。", "请各单位知悉。"), paragraphs.subList(0, 5));
        assertEquals("中共某市直属机关工作委员会", paragraphs.get(paragraphs.size() - 2));
        assertThrows(ConcurrentEditException.class, () -> templates.save(edited));
        TemplateForm blank = new TemplateForm(t.kind(), t.addressee(), " ", t.closing(), t.issuingOrgan(),
                t.numberPattern(), t.version() + 1);
        assertEquals("请填写开头", assertThrows(UserInputException.class, () -> templates.save(blank)).getMessage());
        assertEquals(1L, jdbc.sql("select count(*) from audit_log where action = 'DOCUMENT_TEMPLATE_SAVED'")
                .query(Long.class).single());
        SignIn.as(Role.LEADER);
        assertThrows(AccessDeniedException.class, () -> templates.save(edited));
    }
}
