package com.jgdj.dashboard.parsing;

/** Text read from a submitted file, before normalisation. */
public record ReportText(String text, String encoding, FileType fileType) {

    public enum FileType { TXT, DOCX, DOC, WPS, PDF }
}
