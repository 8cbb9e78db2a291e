/**
 * Reading and parsing of submitted work reports; plain Java (no Spring, no database) so that the import
 * job, the {@code parse} command and tests share it.
 *
 * <p>Flow: {@link com.jgdj.dashboard.parsing.ReportFileReader#read(byte[], String)} turns the bytes
 * of a .txt/.docx into {@link com.jgdj.dashboard.parsing.ReportText} or refuses the file with a
 * {@link com.jgdj.dashboard.parsing.ReportReadException} (Chinese {@code userMessage()}, English
 * {@code detail()}); {@link com.jgdj.dashboard.parsing.ReportTextParser#parse(String, ParseContext)}
 * normalises the text and extracts headings, parts, counts, placeholders and flags into a
 * {@link com.jgdj.dashboard.parsing.ParsedReport}. Store {@code ParsedReport.text()}: every offset
 * refers to it, and one paragraph is one line of it.
 *
 * <p>Internals, one concern each: {@code TextNormalizer}, {@code StructureParser} (title, form, headings,
 * inline items), {@code PartClassifier} (sections and parts), {@code MetricExtractor} with
 * {@link com.jgdj.dashboard.parsing.IndicatorDictionary}, {@code PlaceholderDetector},
 * {@code WebJunkDetector}, {@code YearAnalyzer}, {@code NumberingChecker}, {@code QualityFlagger};
 * {@code TxtDecoder}, {@code DocxTextExtractor} and {@code NumberingRenderer} for reading.
 */
package com.jgdj.dashboard.parsing;
