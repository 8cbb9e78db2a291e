package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Checks the 优秀 quota of one period. Plain Java. */
public final class QuotaCalculator {

    private QuotaCalculator() {
    }

    public static QuotaCheck check(QuotaRule rule, List<QuotaEntry> entries) {
        Map<String, List<QuotaEntry>> groups = new TreeMap<>();
        for (QuotaEntry e : entries) {
            groups.computeIfAbsent(groupOf(rule, e.category()), k -> new ArrayList<>()).add(e);
        }
        List<QuotaGroup> result = new ArrayList<>();
        groups.forEach((name, members) -> result.add(group(name, members, rule.allowed(members.size()))));
        return new QuotaCheck(result);
    }

    /** The places per group from the graded units counted per category (what a page shows, without candidates). */
    public static QuotaPlaces places(QuotaRule rule, Map<String, Integer> gradedUnitsByCategory) {
        Map<String, Integer> units = new TreeMap<>();
        gradedUnitsByCategory.forEach((category, n) -> units.merge(groupOf(rule, category), n, Integer::sum));
        Map<String, Integer> places = new TreeMap<>();
        units.forEach((group, n) -> places.put(group, rule.allowed(n)));
        return new QuotaPlaces(places);
    }

    /** The one grouping rule: per category, or the whole period as one group. */
    private static String groupOf(QuotaRule rule, String category) {
        return rule.perCategory() ? category : QuotaCheck.OVERALL;
    }

    private static QuotaGroup group(String name, List<QuotaEntry> members, int allowed) {
        List<QuotaEntry> qualified = members.stream().filter(e -> e.grade() == Grade.EXCELLENT)
                .sorted(Comparator.comparing(QuotaEntry::total).reversed().thenComparing(QuotaEntry::unitName))
                .toList();
        // the total of the last place inside the quota, and whether the first unit outside ties with it
        BigDecimal cutOff = allowed > 0 && allowed <= qualified.size() ? qualified.get(allowed - 1).total() : null;
        boolean tie = cutOff != null && qualified.size() > allowed
                && qualified.get(allowed).total().compareTo(cutOff) == 0;
        List<QuotaCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < qualified.size(); i++) {
            QuotaEntry e = qualified.get(i);
            int rank = 1 + (int) qualified.stream().filter(o -> o.total().compareTo(e.total()) > 0).count();
            QuotaCandidate.Position position;
            if (tie && e.total().compareTo(cutOff) == 0) {
                position = QuotaCandidate.Position.TIE;
            } else {
                position = i < allowed ? QuotaCandidate.Position.WITHIN : QuotaCandidate.Position.OUTSIDE;
            }
            candidates.add(new QuotaCandidate(e.assessmentId(), e.unitName(), name, e.total(), rank, position));
        }
        return new QuotaGroup(name, members.size(), allowed, candidates);
    }
}
