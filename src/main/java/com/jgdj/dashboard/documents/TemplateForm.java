package com.jgdj.dashboard.documents;

/**
 * The editable parts of a document: addressee (主送机关), opening and closing (paragraphs separated by line breaks),
 * issuing organ and document number pattern. {@code {period}}, {@code {year}} (the year of issue) and, in the
 * feedback, {@code {unit}} are filled in when a document is generated. {@code version} is the one that was loaded.
 */
public record TemplateForm(TemplateKind kind, String addressee, String opening, String closing, String issuingOrgan,
                           String numberPattern, long version) {

    /** Fills the placeholders of {@code text}. */
    public static String fill(String text, String period, int year, String unit) {
        return text.replace("{period}", period).replace("{year}", Integer.toString(year))
                .replace("{unit}", unit == null ? "" : unit);
    }
}
