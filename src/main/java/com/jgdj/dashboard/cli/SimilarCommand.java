package com.jgdj.dashboard.cli;

import com.jgdj.dashboard.similarity.CopyDetector;
import com.jgdj.dashboard.similarity.SharedPassage;
import com.jgdj.dashboard.similarity.SimilarPair;
import com.jgdj.dashboard.parsing.IndicatorDictionary;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportTextParser;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code similar FILE...}: reads every file as an upload would, compares every pair (common phrasing learnt
 * from the files given plus the built-in list) and prints one JSON line per suspicious pair, in argument
 * order; offsets are characters of the normalised text. An unreadable file: message on stderr, exit 2, no output.
 */
final class SimilarCommand {

    static final String USAGE = "usage: similar FILE FILE...";

    private SimilarCommand() {
    }

    static int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.size() < 2) {
            err.println(USAGE);
            return 1;
        }
        ReportFileReader reader = new ReportFileReader();
        ReportTextParser parser = new ReportTextParser();
        ParseContext ctx = ParseContext.of(IndicatorDictionary.loadDefault());
        List<String> texts = new ArrayList<>();
        boolean failed = false;
        for (String file : files) {
            try {
                Path path = Path.of(file);
                reader.checkSize(Files.size(path));
                String raw = reader.read(Files.readAllBytes(path), path.getFileName().toString()).text();
                texts.add(parser.parse(raw, ctx).text());
            } catch (ReportReadException e) {
                err.println(file + ": " + e.userMessage() + " (" + e.detail() + ")");
                failed = true;
            } catch (IOException | RuntimeException e) {
                err.println(file + ": 无法读取文件 (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                failed = true;
            }
        }
        if (failed) {
            return 2;
        }
        for (SimilarPair p : new CopyDetector().detect(texts)) {
            out.println(Json.write(toJson(files.get(p.a()), files.get(p.b()), p)));
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(String a, String b, SimilarPair p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("b", b);
        m.put("score", BigDecimal.valueOf(p.score()));
        List<Object> shared = new ArrayList<>();
        for (SharedPassage s : p.shared()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", s.text());
            o.put("a_start", s.aStart());
            o.put("b_start", s.bStart());
            o.put("length", s.length());
            shared.add(o);
        }
        m.put("shared", shared);
        return m;
    }
}
