package com.jgdj.dashboard.cli;

import com.jgdj.dashboard.parsing.Flag;
import com.jgdj.dashboard.parsing.Heading;
import com.jgdj.dashboard.parsing.IndicatorDictionary;
import com.jgdj.dashboard.parsing.Metric;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ParsedReport;
import com.jgdj.dashboard.parsing.Part;
import com.jgdj.dashboard.parsing.Placeholder;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportPeriod;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportText;
import com.jgdj.dashboard.parsing.ReportTextParser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code parse [--period=2023H1] FILE...}: one JSON object per file and line, in argument order. */
final class ParseCommand {

    static final String USAGE = "usage: parse [--period=2023H1|2023ANNUAL] FILE...";

    private ParseCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<ReportPeriod> period = Optional.empty();
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--period=")) {
                try {
                    period = Optional.of(ReportPeriod.parse(a.substring("--period=".length())));
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    return 1;
                }
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 1;
        }
        ParseContext ctx = new ParseContext(IndicatorDictionary.loadDefault(), period);
        ReportFileReader reader = new ReportFileReader();
        ReportTextParser parser = new ReportTextParser();
        int status = 0;
        for (String file : files) {
            try {
                reader.checkSize(Files.size(Path.of(file)));
                byte[] bytes = readBytes(Path.of(file), reader.maxBytes());
                ReportText text = reader.read(bytes, Path.of(file).getFileName().toString());
                ParsedReport report = parser.parse(text.text(), ctx);
                out.println(Json.write(toJson(file, text.encoding(), report)));
            } catch (ReportReadException e) {
                err.println(file + ": " + e.userMessage() + " (" + e.detail() + ")");
                status = 2;
            } catch (IOException | RuntimeException e) {
                err.println(file + ": 无法读取文件 (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                status = 2;
            }
        }
        out.flush();
        return status;
    }

    /** Reads at most one byte more than the limit, so an oversize file is refused without loading it all. */
    private static byte[] readBytes(Path path, long max) throws IOException {
        try (var in = Files.newInputStream(path)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
    }

    static Map<String, Object> toJson(String file, String encoding, ParsedReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("encoding", encoding);
        m.put("form", r.form().code());
        m.put("title", r.title());
        List<Object> headings = new ArrayList<>();
        for (Heading h : r.headings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("level", h.level());
            o.put("text", h.text());
            o.put("line", h.line());
            o.put("run_in", h.runIn());
            headings.add(o);
        }
        m.put("headings", headings);
        m.put("parts", r.parts().stream().map(Part::code).toList());
        List<Object> metrics = new ArrayList<>();
        for (Metric x : r.metrics()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", x.text());
            o.put("number", x.number());
            o.put("unit", x.unit());
            o.put("approx", x.approx());
            o.put("indicator", x.indicator());
            metrics.add(o);
        }
        m.put("metrics", metrics);
        List<Object> placeholders = new ArrayList<>();
        for (Placeholder p : r.placeholders()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", p.text());
            o.put("kind", p.kind().code());
            placeholders.add(o);
        }
        m.put("placeholders", placeholders);
        List<Object> flags = new ArrayList<>();
        for (Flag f : r.flags()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("code", f.code().name());
            o.put("message", f.message());
            o.put("evidence", f.evidence());
            flags.add(o);
        }
        m.put("flags", flags);
        m.put("years", r.years());
        return m;
    }
}
