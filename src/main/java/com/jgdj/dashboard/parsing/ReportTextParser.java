package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses report text into structure, counts and quality flags. Stateless and thread-safe; plain Java so that
 * the command line, the import job and tests use the same code.
 */
public final class ReportTextParser {

    public ParsedReport parse(String rawText, ParseContext ctx) {
        String original = RunInHeadings.split(TextNormalizer.normalize(rawText == null ? "" : rawText));
        return TraditionalText.restore(parseNormalized(TraditionalText.forMatching(original), ctx), original);
    }

    private ParsedReport parseNormalized(String text, ParseContext ctx) {
        Lines lines = new Lines(text);
        StructureParser.Structure structure = StructureParser.parse(text, lines);
        List<Section> sections = PartClassifier.sections(text, lines, structure.headings());
        List<WebJunkDetector.Junk> junk = WebJunkDetector.find(text);
        List<Placeholder> placeholders = PlaceholderDetector.find(text, junk);
        List<Metric> metrics = MetricExtractor.extract(text, ctx.dictionary(), junk, placeholders);
        List<YearAnalyzer.YearMention> years = YearAnalyzer.mentions(text);
        Integer reportYear = YearAnalyzer.reportYear(ctx.period(), text, structure.title(), sections, years);
        List<Part> parts = sections.stream().map(Section::part).filter(Part::isContentPart).distinct().toList();

        List<Flag> flags = new ArrayList<>();
        flags.addAll(QualityFlagger.placeholders(placeholders));
        flags.addAll(QualityFlagger.junk(text, junk));
        flags.addAll(YearAnalyzer.mismatches(text, reportYear, sections, years));
        flags.addAll(NumberingChecker.check(text, structure.headings(), structure.items()));
        flags.addAll(QualityFlagger.truncated(text, lines, structure.headings(), junk));
        flags.sort(Comparator.comparingInt(Flag::start));
        flags.addAll(QualityFlagger.missingParts(parts));
        flags.addAll(QualityFlagger.tooShort(text));

        return new ParsedReport(text, structure.title(), structure.form(), structure.headings(), structure.items(),
                sections, metrics, placeholders, List.copyOf(flags), problemShare(text, sections),
                YearAnalyzer.distinctYears(years), reportYear);
    }

    private static double problemShare(String text, List<Section> sections) {
        long total = text.chars().filter(c -> c != '\n').count();
        if (total == 0) {
            return 0;
        }
        long problems = 0;
        for (Section s : sections) {
            if (s.part() == Part.PROBLEMS) {
                problems += text.substring(s.start(), s.end()).chars().filter(c -> c != '\n').count();
            }
        }
        return Math.round(problems * 10000.0 / total) / 10000.0;
    }
}
