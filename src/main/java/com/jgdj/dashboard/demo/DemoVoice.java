package com.jgdj.dashboard.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static com.jgdj.dashboard.demo.DemoPhrasebook.*;

/**
 * What one unit writes about, the same in every period: its branches, people, places, work items and Party-work
 * brand, drawn from {@link DemoPhrasebook} by the unit's name alone. The sentences are drawn per report from the
 * report's own random stream, so a unit's reports of two periods share names but few sentences.
 */
final class DemoVoice {

    private static final List<String> WHO_FALLS_SHORT = List.of("个别同志", "部分党员", "少数干部", "个别支部");
    private static final List<String> HOW_FALLS_SHORT = List.of("主动性不强", "办法不多", "钻研不够", "标准不高");

    private final List<String> branches;
    private final List<String> people;
    private final List<String> places;
    private final List<String> items;
    private final String brand;

    DemoVoice(DemoUnit unit) {
        SplittableRandom r = new SplittableRandom(Mix.hash(unit.name().hashCode(), unit.name().length(), 0x7011CEL));
        branches = distinct(BRANCH_KINDS, 3, r);
        people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(ROLES.get(r.nextInt(ROLES.size())) + SURNAMES.charAt(r.nextInt(SURNAMES.length()))
                    + given(r));
        }
        places = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            places.add(pick(DISTRICTS, r) + pick(PLACE_KINDS, r));
        }
        items = distinct(WORK_ITEMS, 6, r);
        brand = "“" + pick(BRAND_WORDS, r) + pick(BRAND_NOUNS, r) + "”";
    }

    private static String given(RandomGenerator r) {
        int pair = r.nextInt(GIVEN.length() / 2);
        return r.nextInt(4) == 0 ? GIVEN.substring(2 * pair, 2 * pair + 1) : GIVEN.substring(2 * pair, 2 * pair + 2);
    }

    String brand() {
        return brand;
    }

    String item(RandomGenerator r) {
        return pick(items, r);
    }

    String place(RandomGenerator r) {
        return pick(places, r);
    }

    /**
     * One sentence about the unit's own work, ending in 。; {@code detail} renders a {@link DemoPhrasebook#DETAILS}
     * template (its counts, or 多少 in a paragraph left unfinished).
     */
    String sentence(RandomGenerator r, java.util.function.UnaryOperator<String> detail) {
        String branch = pick(branches, r);
        String person = pick(people, r);
        String d = detail.apply(pick(DETAILS, r));
        return switch (r.nextInt(5)) {
            case 0 -> pick(TIMES, r) + "，" + branch + pick(VERBS, r) + place(r) + item(r) + "工作，" + d + "，"
                    + pick(RESULTS, r) + "。";
            case 1 -> person + "带领" + branch + pick(VERBS, r) + item(r) + "，" + d + "，" + pick(RESULTS, r) + "。";
            case 2 -> "针对" + item(r) + "中的" + pick(DIFFICULTIES, r) + "，" + branch + pick(METHODS, r) + "，" + d
                    + "，" + pick(RESULTS, r) + "。";
            case 3 -> "依托" + brand + "，" + branch + "在" + place(r) + pick(VERBS, r) + item(r) + "，" + d + "。";
            default -> pick(TIMES, r) + "，" + person + "带队到" + place(r) + pick(VERBS, r) + "，围绕" + item(r) + d
                    + "，" + pick(RESULTS, r) + "。";
        };
    }

    /** The unit's own example of a shortfall, for the 存在的问题 part. */
    String shortfall(RandomGenerator r) {
        return "如" + pick(branches, r) + "在" + item(r) + "工作中" + pick(SHORTFALLS, r) + "，"
                + pick(WHO_FALLS_SHORT, r) + pick(HOW_FALLS_SHORT, r) + "。";
    }

    /** A plan item's own body, after its shared lead. */
    String plan(RandomGenerator r) {
        String who = r.nextBoolean() ? "由" + pick(people, r) + "牵头，" : "";
        return who + pick(PLAN_VERBS, r) + place(r) + item(r) + "工作，" + pick(GOALS, r) + "。";
    }

    static <T> T pick(List<T> items, RandomGenerator r) {
        return items.get(r.nextInt(items.size()));
    }

    static <T> List<T> distinct(List<T> items, int count, RandomGenerator r) {
        List<T> pool = new ArrayList<>(items);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return out;
    }
}
