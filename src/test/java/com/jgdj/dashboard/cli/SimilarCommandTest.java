package com.jgdj.dashboard.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimilarCommandTest {

    static final String PLANTED = "我们组织开展了“红色物业进小区”联建活动，党员志愿者为辖区三百二十户居民修缮楼道照明，"
            + "同步建立了“楼栋长+网格员+在职党员”的三级联系制度，收集群众意见建议并逐条办结。";
    static final String A = "市交通运输局上半年党建工作总结\n"
            + "一、主要做法\n"
            + "局机关党委坚持每月召开一次党委会专题研究机关党建，把运输保障任务完成情况纳入支部考核。\n"
            + PLANTED + "\n"
            + "二、存在问题\n"
            + "个别支部书记抓党建的精力不足，港口站所组织生活质量有待提高。\n";
    static final String B = "市卫生健康委员会二〇二三年上半年工作报告\n"
            + "一、工作开展情况\n"
            + "委机关各支部围绕医院改革任务，把公立医院党建与业务深度融合，推行院长书记双向汇报机制。\n"
            + "（一）" + PLANTED + "\n"
            + "二、下步打算\n"
            + "继续深化家庭医生签约服务，推进基层卫生院标准化建设。\n";
    static final String C = "市统计局上半年工作情况\n"
            + "一、工作情况\n"
            + "局党组坚持以习近平新时代中国特色社会主义思想为指导，完成第五次全国经济普查入户登记一万二千余户。\n";

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
    }

    @Test
    void prints_exactly_the_planted_pair_across_formats(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.docx");
        Path c = dir.resolve("c.txt");
        Files.writeString(a, A, StandardCharsets.UTF_8);
        docx(b, B);
        Files.writeString(c, C, Charset.forName("GB18030"));

        Result r = run("similar", a.toString(), b.toString(), c.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("{\"a\": \"" + a + "\", \"b\": \"" + b + "\", \"score\": 0.4405, \"shared\": [{\"text\": \""
                + PLANTED.replace("\"", "\\\"").substring(0, PLANTED.length() - 1)
                + "\", \"a_start\": 67, \"b_start\": 77, \"length\": 83}]}\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void unrelated_reports_print_nothing(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt");
        Path c = dir.resolve("c.txt");
        Files.writeString(a, A, StandardCharsets.UTF_8);
        Files.writeString(c, C, StandardCharsets.UTF_8);

        Result r = run("similar", a.toString(), c.toString());

        assertEquals(0, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void an_unreadable_file_exits_2_with_a_message(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt");
        Path bad = dir.resolve("scan.txt");
        Files.writeString(a, A, StandardCharsets.UTF_8);
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});

        Result r = run("similar", a.toString(), bad.toString(), dir.resolve("missing.txt").toString());

        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(2, r.err().lines().count(), r.err());
        assertEquals(true, r.err().startsWith(bad + ": 文件扩展名是 .txt，但内容是 PNG 格式"), r.err());
    }
}
