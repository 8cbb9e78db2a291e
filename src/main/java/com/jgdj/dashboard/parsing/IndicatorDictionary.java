package com.jgdj.dashboard.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Maps an activity phrase ("召开中心组集中学习") to a canonical indicator. When several indicators match, the
 * one whose match ends closest to the number wins (the phrase's last noun is what was counted), then the
 * longer match, then the lower sort order.
 */
public final class IndicatorDictionary {

    public static final String DEFAULT_RESOURCE = "db/changelog/data/indicator.csv";

    /** An indicator's regex plus a cheap test that rules out most phrases before the regex runs. */
    private record Compiled(IndicatorDefinition definition, Pattern pattern, Prefilter prefilter) {
    }


    /** A phrase matched to an indicator; start/end are offsets within the phrase. */
    public record Match(String indicator, int start, int end) {
    }

    private final List<Compiled> indicators;

    private IndicatorDictionary(List<Compiled> indicators) {
        this.indicators = indicators;
    }

    public static IndicatorDictionary of(List<IndicatorDefinition> definitions) {
        List<Compiled> compiled = new ArrayList<>();
        definitions.stream().sorted(Comparator.comparingInt(IndicatorDefinition::sortOrder)).forEach(d -> {
            if (d.patterns().isEmpty()) {
                return;
            }
            String joined = String.join("|", d.patterns().stream().map(p -> "(?:" + p + ")").toList());
            try {
                compiled.add(new Compiled(d, Pattern.compile(joined), Prefilter.of(d.patterns())));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("indicator " + d.name() + " has an invalid pattern: "
                        + e.getDescription(), e);
            }
        });
        return new IndicatorDictionary(List.copyOf(compiled));
    }

    public static IndicatorDictionary fromCsv(Reader reader) throws IOException {
        return of(IndicatorCsv.read(reader));
    }

    /** The dictionary shipped in {@value #DEFAULT_RESOURCE} on the classpath. */
    public static IndicatorDictionary loadDefault() {
        ClassLoader loader = IndicatorDictionary.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_RESOURCE + " is missing");
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<IndicatorDefinition> definitions() {
        return indicators.stream().map(Compiled::definition).toList();
    }

    public Optional<Match> match(CharSequence phrase) {
        Match best = null;
        for (Compiled c : indicators) {
            if (!c.prefilter().mayMatch(phrase)) {
                continue;
            }
            Matcher m = c.pattern().matcher(phrase);
            int bestEnd = -1;
            int bestStart = -1;
            while (m.find()) {
                if (m.end() > bestEnd || (m.end() == bestEnd && m.start() < bestStart)) {
                    bestEnd = m.end();
                    bestStart = m.start();
                }
                if (m.end() == m.start()) {
                    break;
                }
            }
            if (bestEnd < 0) {
                continue;
            }
            if (best == null || bestEnd > best.end()
                    || (bestEnd == best.end() && bestEnd - bestStart > best.end() - best.start())) {
                best = new Match(c.definition().name(), bestStart, bestEnd);
            }
        }
        return Optional.ofNullable(best);
    }
}
