package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.assessment.AssessmentStatus;
import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;

/**
 * A unit's place in a period: competition ranks (1, 2, 2, 4) overall and in its category, whether it shares the
 * rank, its rank in the previous assessed period (null when not ranked there), and its percentile in the city and
 * in its category (share of the other units it scored above, 0–100).
 */
public record RankingRow(long unitId, String unitName, long categoryId, String categoryName, String secretaryName,
                         BigDecimal total, Grade grade, AssessmentStatus status, int overallRank, int categoryRank,
                         boolean tiedOverall, boolean tiedInCategory, int units, int categoryUnits, int percentile,
                         int categoryPercentile,
                         Integer previousOverallRank, Integer previousCategoryRank) {

    /** Places gained since the previous period (positive = moved up); null without a previous rank. */
    public Integer overallChange() {
        return previousOverallRank == null ? null : previousOverallRank - overallRank;
    }

    public Integer categoryChange() {
        return previousCategoryRank == null ? null : previousCategoryRank - categoryRank;
    }

    /** 高于75%的其他单位 (city-wide) or 高于50%的同类其他单位 (within the category): never more than 100%. */
    public String standing(boolean byCategory) {
        return byCategory ? "高于" + categoryPercentile + "%的同类其他单位" : "高于" + percentile + "%的其他单位";
    }

    /** 并列3 for a shared rank, 3 otherwise. */
    public static String rankLabel(int rank, boolean tied) {
        return (tied ? "并列" : "") + rank;
    }

    /** ↑2, ↓1, —, or 新 when there is no previous rank. */
    public static String changeLabel(Integer change) {
        if (change == null) {
            return "新";
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "—";
    }
}
