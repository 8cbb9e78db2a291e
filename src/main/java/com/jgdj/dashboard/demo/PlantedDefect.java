package com.jgdj.dashboard.demo;

/**
 * A defect the composer put into a report on purpose, so that detectors can be checked against the truth.
 *
 * @param detail what exactly was planted, e.g. the unit a paragraph was copied from
 */
public record PlantedDefect(Kind kind, String detail) {

    /** The defect kinds and the probability with which each one is planted into a composed report. */
    public enum Kind {
        /** Numbers left as 多少 (组织集体学习多少次): the template was never finished. */
        UNFILLED_PLACEHOLDER(0.08),
        /** No 存在的问题 section at all. */
        MISSING_PROBLEMS(0.06),
        /** One paragraph copied verbatim from another unit's report of the same period. */
        COPIED_PARAGRAPH(0.05),
        /** {@code ##paidbegin##} / {@code ##paidend##} pasted from a template website. */
        WEB_JUNK(0.03),
        /** The plans section plans for the year before the period's year. */
        EARLIER_YEAR_PLANS(0.03);

        private final double rate;

        Kind(double rate) {
            this.rate = rate;
        }

        public double rate() {
            return rate;
        }
    }
}
