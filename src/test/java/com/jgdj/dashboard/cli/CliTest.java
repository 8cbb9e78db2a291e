package com.jgdj.dashboard.cli;

import com.jgdj.dashboard.bench.BenchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private static final String SEEDS = "src/test/resources/seeds/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Result(int exit, List<String> out, List<String> err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, lines(out), lines(err));
    }

    private static List<String> lines(ByteArrayOutputStream bytes) {
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    @Test
    void commands_are_recognised_before_spring_starts() {
        assertTrue(Cli.isCommand("parse"));
        assertTrue(Cli.isCommand("benchmark-parse"));
        assertFalse(Cli.isCommand("--server.port=8080"));
        assertEquals(1, run("parse").exit());
    }

    @Test
    void only_no_arguments_or_spring_options_start_the_server() {
        assertTrue(Cli.startsServer(new String[0]));
        assertTrue(Cli.startsServer(new String[]{"--server.port=8080"}));
        assertTrue(Cli.startsServer(new String[]{"--spring.profiles.active=prod", "bench"}));
        assertFalse(Cli.startsServer(new String[]{"foo"}));
        assertFalse(Cli.startsServer(new String[]{"bench", "--rounds=3"}));
        assertTrue(Cli.isCommand("bench"));
    }

    @Test
    void an_unknown_command_prints_the_commands_and_exits_2() {
        Result r = run("foo", "--x");
        assertEquals(2, r.exit());
        assertEquals(List.of(), r.out());
        assertEquals(List.of(
                "unknown command: foo",
                "commands (without a command the web application starts):",
                "  parse [--period=2023H1|2023ANNUAL] FILE...",
                "  similar FILE FILE...",
                "  benchmark-parse [ROUNDS] [--demo[=UNITS]] [FILE|DIR...]   (default DIR: src/test/resources/seeds)",
                "  backup FILE | restore FILE  [--data-dir=.data/pg] [--port=54329]",
                "  bench [--sizes=500x20,5000x20] [--rounds=20] [--import-files=1000] [--keep=DIR]"), r.err());
    }

    @Test
    void bench_help_prints_its_usage_and_exits_0() {
        Result r = run("bench", "--help");
        assertEquals(0, r.exit());
        assertEquals(List.of(), r.err());
        assertEquals(List.of(
                "usage: bench [--sizes=500x20,5000x20] [--rounds=20] [--import-files=1000] [--keep=DIR]",
                "  Loads each size (UNITSxPERIODS, demo generator, every report parsed) into a fresh embedded PostgreSQL",
                "  under a temporary directory, then times every page's service calls and the same SQL through plain JDBC.",
                "  --sizes         comma-separated sizes, each UNITSxPERIODS (units >= 1, periods 1..40)",
                "  --rounds        timed repetitions of each page for the median and p95 (>= 3)",
                "  --import-files  files imported through the import service for its throughput (>= 1)",
                "  --keep          keep each size's database in DIR/UNITSxPERIODS and reuse it on the next run (the",
                "                  import step adds report versions to it each run)",
                "  Prints a table, then ratio, stmt, plan, parse and import lines (tab-separated)."), r.out());
        assertEquals(0, run("bench", "--rounds=5", "-h").exit());
    }

    @Test
    void bench_refuses_an_unknown_or_malformed_option_with_exit_1() {
        String usage = "usage: bench [--sizes=500x20,5000x20] [--rounds=20] [--import-files=1000] [--keep=DIR]";
        Result unknown = run("bench", "--size=500x20");
        assertEquals(1, unknown.exit());
        assertEquals(List.of(), unknown.out());
        assertEquals(List.of("bench: unknown option: --size=500x20", usage), unknown.err());
        assertEquals(List.of("bench: a size is UNITSxPERIODS (units >= 1, periods 1..40): 500", usage),
                run("bench", "--sizes=500").err());
        assertEquals(List.of("bench: a size is UNITSxPERIODS (units >= 1, periods 1..40): 0x20", usage),
                run("bench", "--sizes=500x20,0x20").err());
        assertEquals(List.of("bench: a size is UNITSxPERIODS (units >= 1, periods 1..40): 10x41", usage),
                run("bench", "--sizes=10x41").err());
        assertEquals(List.of("bench: --rounds must be a whole number >= 3: --rounds=2", usage),
                run("bench", "--rounds=2").err());
        assertEquals(List.of("bench: --rounds must be a whole number >= 3: --rounds=x", usage),
                run("bench", "--rounds=x").err());
        assertEquals(List.of("bench: --import-files must be a whole number >= 1: --import-files=0", usage),
                run("bench", "--import-files=0").err());
        assertEquals(List.of("bench: unknown option: 500x20", usage), run("bench", "500x20").err());
        assertEquals(List.of("bench: unknown option: --keep=", usage), run("bench", "--keep=").err());
    }

    @Test
    void bench_options_default_to_both_sizes_and_take_the_last_value() {
        BenchCommand.Parsed defaults = BenchCommand.parse(List.of());
        assertEquals(new BenchOptions(List.of(new BenchOptions.Size(500, 20), new BenchOptions.Size(5000, 20)), 20,
                1000, null), defaults.options());
        assertFalse(defaults.help());
        assertEquals(null, defaults.error());
        BenchCommand.Parsed given = BenchCommand.parse(List.of("--sizes=40x4", "--rounds=7", "--rounds=9",
                "--import-files=25", "--keep=/tmp/bench-data"));
        assertEquals(new BenchOptions(List.of(new BenchOptions.Size(40, 4)), 9, 25, java.nio.file.Path.of("/tmp/bench-data")),
                given.options());
        assertEquals(10_000, new BenchOptions.Size(500, 20).submissions());
        assertEquals("5000x20", new BenchOptions.Size(5000, 20).toString());
    }

    @Test
    void parse_prints_one_json_object_per_file_in_argument_order() {
        Result r = run("parse", SEEDS + "003_b657f9cf63a3437d.txt", SEEDS + "000_a5485f2fc4053fed.txt");
        assertEquals(0, r.exit(), r.err().toString());
        assertEquals(2, r.out().size());
        JsonNode seed003 = JSON.readTree(r.out().get(0));
        assertEquals(List.of("file", "encoding", "form", "title", "headings", "parts", "metrics", "placeholders", "flags",
                "years"), List.copyOf(seed003.propertyNames()));
        assertEquals(SEEDS + "003_b657f9cf63a3437d.txt", seed003.get("file").asString());
        assertEquals("UTF-8", seed003.get("encoding").asString());
        assertEquals("report", seed003.get("form").asString());
        assertEquals("2023年全面从严治党工作情况汇报", seed003.get("title").asString());
        JsonNode first = seed003.get("headings").get(0);
        assertEquals(1, first.get("level").asInt());
        assertEquals("一、坚定党委统领，固化政治建党", first.get("text").asString());
        assertEquals(3, first.get("line").asInt());
        assertFalse(first.get("run_in").asBoolean());
        assertTrue(seed003.get("headings").get(1).get("run_in").asBoolean());
        assertEquals(List.of("work_done", "problems", "plans"),
                seed003.get("parts").valueStream().map(JsonNode::asString).toList());
        assertEquals(54, seed003.get("placeholders").size());
        assertEquals("count", seed003.get("placeholders").get(2).get("kind").asString());
        assertEquals("多少次", seed003.get("placeholders").get(2).get("text").asString());
        assertThat(texts(seed003.get("flags"), "code")).contains("PLACEHOLDER", "WEB_JUNK", "TRUNCATED");
        assertEquals(2023, seed003.get("years").get(0).asInt());

        JsonNode seed000 = JSON.readTree(r.out().get(1));
        assertTrue(seed000.get("title").isNull());
        JsonNode money = seed000.get("metrics").valueStream()
                .filter(m -> m.get("text").asString().equals("3.45亿元")).findFirst().orElseThrow();
        assertTrue(money.get("number").isNumber());
        assertEquals("3.45", money.get("number").decimalValue().toPlainString());
        assertEquals("亿元", money.get("unit").asString());
        assertFalse(money.get("approx").asBoolean());
        assertTrue(money.get("indicator").isNull());
        JsonNode study = seed000.get("metrics").valueStream()
                .filter(m -> "中心组学习".equals(m.get("indicator").asString(null))).findFirst().orElseThrow();
        assertEquals(6, study.get("number").asInt());
        assertEquals("[]", seed000.get("flags").toString());
    }

    @Test
    void period_option_reveals_the_year_mismatch_of_seed_001() {
        Result r = run("parse", "--period=2023H1", SEEDS + "001_54c52abd9ec97c98.txt");
        assertEquals(0, r.exit());
        JsonNode flags = JSON.readTree(r.out().getFirst()).get("flags");
        assertThat(texts(flags, "code")).contains("YEAR_MISMATCH");
        assertThat(texts(flags, "evidence")).contains("2022年度");
        assertEquals(1, run("parse", "--period=H1", SEEDS + "001_54c52abd9ec97c98.txt").exit());
    }

    @Test
    void unreadable_files_exit_2_and_readable_ones_are_still_printed(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("page.txt");
        Files.writeString(html, "<html><body><p>汇报</p></body></html>");
        Path pdf = dir.resolve("report.pdf");
        Files.writeString(pdf, "%PDF-1.4");
        Result r = run("parse", html.toString(), SEEDS + "004_969c881548c22722.txt", dir.resolve("missing.txt").toString(),
                pdf.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.out().size());
        assertEquals("speech", JSON.readTree(r.out().getFirst()).get("form").asString());
        assertEquals(3, r.err().size(), r.err().toString());
        assertThat(r.err().get(0)).startsWith(html + ": 文件内容是网页（HTML）");
        assertThat(r.err().get(1)).startsWith(dir.resolve("missing.txt") + ": ");
        assertThat(r.err().get(2)).contains("无法读取该 PDF 文件：文件不是 PDF 或不完整");
    }

    @Test
    void json_strings_are_escaped() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", "x\"y\\z\n\u0001");
        m.put("b", Arrays.asList(1, new BigDecimal("2.50"), null, true, new BigDecimal("1E+2")));
        assertEquals("{\"a\": \"x\\\"y\\\\z\\n\\u0001\", \"b\": [1, 2.5, null, true, 100]}", Json.write(m));
    }

    @Test
    void benchmark_prints_throughput_for_the_seed_folder() {
        Result r = run("benchmark-parse", "3", SEEDS);
        assertEquals(0, r.exit(), r.err().toString());
        assertThat(r.out().get(0)).startsWith("reports: 15 (5 files x 3 rounds");
        assertThat(r.out().get(1)).startsWith("throughput: ").contains("reports/second/core");
    }

    @Test
    void benchmark_parses_demo_reports_alone_or_after_the_files() {
        Result demo = run("benchmark-parse", "2", "--demo=3");
        assertEquals(0, demo.exit(), demo.err().toString());
        assertEquals(2, demo.out().size());
        assertThat(demo.out().get(0)).startsWith("reports: 12 (6 demo reports (3 units x 2 periods) x 2 rounds, avg ");
        assertThat(demo.out().get(1)).startsWith("throughput: ").contains("reports/second/core");

        Result both = run("benchmark-parse", "1", SEEDS, "--demo=1");
        assertEquals(0, both.exit(), both.err().toString());
        assertEquals(4, both.out().size());
        assertThat(both.out().get(0)).startsWith("reports: 5 (5 files x 1 rounds, avg ");
        assertThat(both.out().get(2)).startsWith("reports: 2 (2 demo reports (1 units x 2 periods) x 1 rounds, avg ");
    }

    @Test
    void benchmark_refuses_an_unknown_or_malformed_option_with_exit_1() {
        String usage = "usage: benchmark-parse [ROUNDS] [--demo[=UNITS]] [FILE|DIR...]"
                + "   (default DIR: src/test/resources/seeds)";
        Result unknown = run("benchmark-parse", "--fast");
        assertEquals(1, unknown.exit());
        assertEquals(List.of(), unknown.out());
        assertEquals(List.of("benchmark-parse: unknown option: --fast", usage), unknown.err());
        Result zero = run("benchmark-parse", "--demo=0");
        assertEquals(1, zero.exit());
        assertEquals(List.of("benchmark-parse: --demo takes a number of units >= 1: --demo=0", usage), zero.err());
        assertEquals(1, run("benchmark-parse", "--demo=x").exit());
    }
}
