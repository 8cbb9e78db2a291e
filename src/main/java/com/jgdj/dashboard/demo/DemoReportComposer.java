package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.demo.PlantedDefect.Kind;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composes demo work reports in the outline of the five real seed reports, each unit in its own words
 * ({@link DemoVoice}: its own work items, names, places and numbers) around the shared standard political phrasing
 * and count clauses ({@link DemoTopics}), plants known defects at the rates of {@link Kind} and records them.
 * Plain Java; the output depends only on the unit and the random stream it is given.
 */
public final class DemoReportComposer {

    /** Share of reports saved as GB18030 with Windows line ends instead of UTF-8. */
    public static final double GB18030_RATE = 0.04;
    public static final Charset GB18030 = Charset.forName("GB18030");

    static final String PLACEHOLDER = "多少";
    static final String JUNK_BEGIN = "##paidbegin##";
    static final String JUNK_END = "##paidend##";

    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+|[A-Z]+)(?::(\\d+)-(\\d+))?}");
    private static final String NUMERALS = "一二三四五六七八九十";

    /** The units' voices, built once per unit: they depend on the unit alone. */
    private final java.util.Map<String, DemoVoice> voices = new java.util.concurrent.ConcurrentHashMap<>();

    public DemoReportComposer() {
    }

    /** The random stream of one unit's report in one period: independent of every other report's. */
    public static RandomGenerator streamFor(long seed, DemoPeriod period, int unitIndex) {
        return new SplittableRandom(Mix.hash(seed, period.year(), period.annual() ? 1 : 0, unitIndex));
    }

    /** One report on its own; it never has {@link Kind#COPIED_PARAGRAPH}, having no other report to copy from. */
    public ComposedReport compose(DemoUnit unit, DemoPeriod period, RandomGenerator random) {
        return new Draft(unit, period, random).finish();
    }

    /**
     * The reports of all {@code units} for one period, the i-th from {@link #streamFor}(seed, period, i).
     * Reports drawn for {@link Kind#COPIED_PARAGRAPH} get a paragraph of another unit's report in this list.
     */
    public List<ComposedReport> composePeriod(List<DemoUnit> units, DemoPeriod period, long seed) {
        return composePeriod(units, period, seed, i -> true);
    }

    /**
     * As {@link #composePeriod(List, DemoPeriod, long)}, copying only from the reports whose index passes
     * {@code copySource}: those that will really be stored, so that the planted truth matches the database.
     */
    public List<ComposedReport> composePeriod(List<DemoUnit> units, DemoPeriod period, long seed,
                                              IntPredicate copySource) {
        List<Draft> drafts = new ArrayList<>(units.size());
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            drafts.add(new Draft(units.get(i), period, streamFor(seed, period, i)));
            if (copySource.test(i)) {
                sources.add(i);
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            int self = Collections.binarySearch(sources, i);
            int candidates = sources.size() - (self >= 0 ? 1 : 0);
            if (draft.wantsCopy && candidates > 0) {
                int j = draft.random.nextInt(candidates);
                Draft source = drafts.get(sources.get(self >= 0 && j >= self ? j + 1 : j));
                draft.insertCopy(source.copyable.get(draft.random.nextInt(source.copyable.size())),
                        source.unit.name());
            }
        }
        List<ComposedReport> reports = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            reports.add(draft.finish());
        }
        return reports;
    }

    private static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} items of {@code items} in their original order. */
    private static <T> List<T> sample(List<T> items, int count, RandomGenerator random) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            indexes.add(i);
        }
        for (int i = indexes.size() - 1; i > 0; i--) {
            Collections.swap(indexes, i, random.nextInt(i + 1));
        }
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, Math.min(count, items.size())));
        Collections.sort(chosen);
        return chosen.stream().map(items::get).toList();
    }

    private static String ordinal(int index) {
        return NUMERALS.charAt(index) + "是";
    }

    private record Section(String heading, List<String> paragraphs) {
    }

    private final class Draft {
        final DemoUnit unit;
        final DemoPeriod period;
        final RandomGenerator random;
        final int factor;
        final Map<String, Integer> named = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final boolean placeholder;
        final boolean missingProblems;
        final boolean wantsCopy;
        final boolean junk;
        final boolean earlierYearPlans;
        final boolean gb18030;
        final DemoVoice voice;
        final String titleLine;
        final String opening;
        final String workHeading;
        final List<Section> work = new ArrayList<>();
        final List<String> copyable = new ArrayList<>();
        final List<String> problemLines = new ArrayList<>();
        final List<String> planLines = new ArrayList<>();
        String copiedFrom;
        int blanked;

        Draft(DemoUnit unit, DemoPeriod period, RandomGenerator random) {
            this.unit = unit;
            this.period = period;
            this.random = random;
            this.factor = period.annual() ? 2 : 1;
            this.voice = voices.computeIfAbsent(unit.name(), name -> new DemoVoice(unit));
            int found = (5 + random.nextInt(26)) * factor;
            named.put("study", (3 + random.nextInt(6)) * factor);
            named.put("warning", (2 + random.nextInt(11)) * factor);
            named.put("talk", (15 + random.nextInt(76)) * factor);
            named.put("found", found);
            named.put("fixed", found - random.nextInt(Math.min(found, 5) + 1));

            placeholder = random.nextDouble() < Kind.UNFILLED_PLACEHOLDER.rate();
            missingProblems = random.nextDouble() < Kind.MISSING_PROBLEMS.rate();
            wantsCopy = random.nextDouble() < Kind.COPIED_PARAGRAPH.rate();
            junk = random.nextDouble() < Kind.WEB_JUNK.rate();
            earlierYearPlans = random.nextDouble() < Kind.EARLIER_YEAR_PLANS.rate();
            gb18030 = random.nextDouble() < GB18030_RATE;

            int year = period.year();
            String periodName = period.label();
            titleLine = !random.nextBoolean() ? null : random.nextBoolean()
                    ? periodName + "全面从严治党工作情况汇报"
                    : unit.name() + periodName + (period.annual() ? "党建工作总结" : "党建工作汇报");
            opening = opening();
            workHeading = "一、" + pick(period.annual()
                    ? List.of(year + "年度工作开展情况", "主要工作情况", "履行工作责任情况")
                    : List.of("上半年工作开展情况", "主要工作情况", "履行工作责任情况"), random);

            List<DemoTopics.Topic> topics = sample(DemoTopics.ALL, 3 + random.nextInt(2), random);
            int[] paragraphsOf = new int[topics.size()];
            int paragraphCount = 0;
            for (int t = 0; t < topics.size(); t++) {
                paragraphsOf[t] = 2 + random.nextInt(2);
                paragraphCount += paragraphsOf[t];
            }
            int blankA = placeholder ? random.nextInt(paragraphCount) : -1;
            int blankB = placeholder && random.nextBoolean() ? random.nextInt(paragraphCount) : -1;
            int flat = 0;
            for (int t = 0; t < topics.size(); t++) {
                DemoTopics.Topic topic = topics.get(t);
                List<String> leads = DemoVoice.distinct(topic.leads(), paragraphsOf[t], random);
                List<String> clauses = DemoVoice.distinct(topic.clauses(), topic.clauses().size(), random);
                List<String> paragraphs = new ArrayList<>();
                int nextClause = 0;
                for (int p = 0; p < paragraphsOf[t]; p++, flat++) {
                    boolean blank = flat == blankA || flat == blankB;
                    int take = Math.min(clauses.size() - nextClause, 1 + random.nextInt(2));
                    String line = ordinal(p) + paragraph(p < leads.size() ? leads.get(p) : null,
                            clauses.subList(nextClause, nextClause + take), blank);
                    nextClause += take;
                    paragraphs.add(line);
                    if (blank) {
                        blanked++;
                    } else {
                        copyable.add(line);
                    }
                }
                work.add(new Section("（" + NUMERALS.charAt(t) + "）" + pick(topic.titles(), random), paragraphs));
            }

            if (!missingProblems) {
                problemLines.add("二、" + pick(List.of("存在的问题", "存在的主要问题", "存在的主要问题及原因"), random));
                List<String> problems = DemoVoice.distinct(DemoPhrasebook.PROBLEM_LEADS, 2 + random.nextInt(2), random);
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < problems.size(); i++) {
                    numbered.add(ordinal(i) + problems.get(i) + voice.shortfall(random));
                }
                if (random.nextBoolean()) {
                    problemLines.addAll(numbered);
                } else {
                    problemLines.add(String.join("", numbered));
                }
            }
            String plansNumber = missingProblems ? "二、" : "三、";
            planLines.add(plansNumber + (period.annual() ? "下一步工作打算"
                    : pick(List.of("下半年工作打算", "下半年工作计划"), random)));
            planLines.add(planIntro());
            List<String> plans = DemoVoice.distinct(DemoPhrasebook.PLAN_LEADS, 3 + random.nextInt(2), random);
            boolean firstStyle = random.nextBoolean();
            for (int i = 0; i < plans.size(); i++) {
                planLines.add((firstStyle ? "第" + NUMERALS.charAt(i) + "，" : ordinal(i)) + plans.get(i)
                        + voice.plan(random));
            }
        }

        /** The opening: the unit's name, standard political phrasing, and what the unit itself worked on. */
        private String opening() {
            String span = period.annual() ? "全年" : "上半年";
            String since = random.nextBoolean() ? period.year() + "年以来，" : "今年以来，";
            String own = "围绕" + voice.item(random) + "、" + voice.item(random) + "等重点任务"
                    + pick(List.of("真抓实干", "扎实推进", "狠抓落实", "攻坚突破"), random) + "，" + voice.brand()
                    + pick(List.of("品牌影响持续扩大", "建设取得新进展", "成为机关党建新名片"), random) + "。";
            return switch (random.nextInt(3)) {
                case 0 -> since + unit.name() + pick(DemoPhrasebook.OPENING_LEADS, random) + "，"
                        + pick(DemoPhrasebook.POLITICAL, random) + "，" + own + "现将" + span + "工作情况汇报如下：";
                case 1 -> since + unit.name() + pick(DemoPhrasebook.POLITICAL, random) + "，" + own
                        + "现将有关情况汇报如下：";
                default -> "根据市直机关工委要求，现将" + unit.name() + period.year() + "年" + span + "党建工作汇报如下。"
                        + own;
            };
        }

        private String planIntro() {
            int year = period.year();
            int planYear = earlierYearPlans ? year - 1 : period.annual() ? year + 1 : year;
            return planYear + "年" + (period.annual() ? "" : "下半年") + "，" + unit.name() + "将"
                    + pick(List.of("坚持以习近平新时代中国特色社会主义思想为指导", "深入学习贯彻党的二十大精神",
                    "以高质量党建引领高质量发展"), random) + "，聚焦" + voice.item(random) + "，"
                    + pick(List.of("推动各项工作再上新台阶。", "不断提高机关党建质量。", "建设风清气正的政治生态。"), random);
        }

        /** A work paragraph: a shared short lead, the unit's own work, the count clauses, sometimes more own work. */
        private String paragraph(String lead, List<String> clauses, boolean blank) {
            StringBuilder b = new StringBuilder();
            if (lead != null) {
                b.append(lead).append("。");
            }
            b.append(voice.sentence(random, detail -> render(detail, blank, false)));
            if (!clauses.isEmpty()) {
                b.append(pick(List.of("", "截至目前，", "期间，", "其中，"), random));
                for (int i = 0; i < clauses.size(); i++) {
                    b.append(i > 0 ? "，" : "").append(render(clauses.get(i), blank, true));
                }
                b.append("。");
            }
            if (random.nextInt(3) == 0) {
                b.append(voice.sentence(random, detail -> render(detail, blank, false)));
            }
            return b.append(pick(DemoPhrasebook.CLOSINGS, random)).toString();
        }

        private String render(String template, boolean blank, boolean collect) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(slot(m, blank, collect)));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String slot(Matcher m, boolean blank, boolean collect) {
            String name = m.group(1);
            return switch (name) {
                case "span" -> period.annual() ? "全年" : "上半年";
                case "n", "k" -> {
                    int low = Integer.parseInt(m.group(2));
                    int value = low + random.nextInt(Integer.parseInt(m.group(3)) - low + 1);
                    yield blank ? PLACEHOLDER : Integer.toString(name.equals("n") ? value * factor : value);
                }
                default -> {
                    Integer value = named.get(name);
                    if (value == null) {
                        throw new IllegalStateException("unknown template slot: " + m.group());
                    }
                    if (blank) {
                        yield PLACEHOLDER;
                    }
                    if (collect) {
                        counts.put(name, value);
                    }
                    yield value.toString();
                }
            };
        }

        void insertCopy(String paragraph, String sourceUnit) {
            Section section = pick(work, random);
            section.paragraphs().add(random.nextInt(section.paragraphs().size() + 1), paragraph);
            copiedFrom = sourceUnit;
        }

        ComposedReport finish() {
            List<String> lines = new ArrayList<>();
            if (titleLine != null) {
                lines.add(titleLine);
            }
            lines.add(opening);
            lines.add(workHeading);
            for (Section section : work) {
                lines.add(section.heading());
                lines.addAll(section.paragraphs());
            }
            lines.addAll(problemLines);
            lines.addAll(planLines);
            if (junk) {
                // Like the seed: the junk marker cuts into a work paragraph, its end marker closes the file.
                int first = lines.indexOf(work.getFirst().heading()) + 1;
                int index = first + random.nextInt(lines.size() - problemLines.size() - planLines.size() - first);
                while (!lines.get(index).endsWith("。")) {
                    index++;
                }
                String line = lines.get(index);
                int at = line.length() / 3 + random.nextInt(Math.max(1, line.length() / 3));
                lines.set(index, line.substring(0, at) + JUNK_BEGIN + line.substring(at));
                lines.add(JUNK_END);
            }
            String newline = gb18030 ? "\r\n" : "\n";
            String text = String.join(newline, lines) + newline;
            Charset charset = gb18030 ? GB18030 : StandardCharsets.UTF_8;
            String fileName = unit.name() + "-" + period.label() + "工作汇报.txt";

            List<PlantedDefect> defects = new ArrayList<>();
            if (blanked > 0) {
                defects.add(new PlantedDefect(Kind.UNFILLED_PLACEHOLDER, blanked + " paragraph(s) with 多少"));
            }
            if (missingProblems) {
                defects.add(new PlantedDefect(Kind.MISSING_PROBLEMS, "no 存在的问题 section"));
            }
            if (copiedFrom != null) {
                defects.add(new PlantedDefect(Kind.COPIED_PARAGRAPH, copiedFrom));
            }
            if (junk) {
                defects.add(new PlantedDefect(Kind.WEB_JUNK, JUNK_BEGIN + " … " + JUNK_END));
            }
            if (earlierYearPlans) {
                defects.add(new PlantedDefect(Kind.EARLIER_YEAR_PLANS, "plans for " + (period.year() - 1)));
            }
            return new ComposedReport(unit, period, fileName, text.getBytes(charset), charset.name(),
                    titleLine != null ? titleLine : fileName.substring(0, fileName.length() - 4), text,
                    Collections.unmodifiableMap(new LinkedHashMap<>(counts)), List.copyOf(defects));
        }
    }
}
