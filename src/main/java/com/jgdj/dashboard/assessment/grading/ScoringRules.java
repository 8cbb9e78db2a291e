package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The part of a scheme the calculator needs. */
public record ScoringRules(List<Dimension> dimensions, List<Item> items, List<Veto> vetoes, Thresholds thresholds,
                           BigDecimal bonusTotalCap) {

    public ScoringRules {
        dimensions = List.copyOf(dimensions);
        items = List.copyOf(items);
        vetoes = List.copyOf(vetoes);
    }

    public Optional<Item> item(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst();
    }

    public Optional<Veto> veto(long id) {
        return vetoes.stream().filter(v -> v.id() == id).findFirst();
    }
}
