package com.jgdj.dashboard.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The paragraph templates of {@code demo/corpus.txt}, grouped by the part of a report they belong to. */
record DemoCorpus(List<String> openings, List<Topic> topics, List<String> problems, List<String> planIntros,
                  List<String> plans) {

    record Topic(List<String> titles, List<String> paragraphs) {
    }

    static DemoCorpus load() {
        try (InputStream in = DemoCorpus.class.getResourceAsStream("/demo/corpus.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo/corpus.txt is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoCorpus parse(String text) {
        List<String> openings = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> planIntros = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        List<String> current = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1);
                if (section.startsWith("topic ")) {
                    Topic topic = new Topic(List.of(section.substring(6).split("\\|")), new ArrayList<>());
                    topics.add(topic);
                    current = topic.paragraphs();
                } else {
                    current = switch (section) {
                        case "opening" -> openings;
                        case "problem" -> problems;
                        case "plan-intro" -> planIntros;
                        case "plan" -> plans;
                        default -> throw new IllegalStateException("unknown corpus section: " + section);
                    };
                }
                continue;
            }
            if (current == null) {
                throw new IllegalStateException("corpus text before the first section: " + line);
            }
            current.add(line);
        }
        return new DemoCorpus(List.copyOf(openings), List.copyOf(topics), List.copyOf(problems),
                List.copyOf(planIntros), List.copyOf(plans));
    }
}
