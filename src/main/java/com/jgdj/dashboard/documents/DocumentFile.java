package com.jgdj.dashboard.documents;

/** A generated document to download: its file name, media type and bytes. */
public record DocumentFile(String fileName, String contentType, byte[] bytes) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ZIP = "application/zip";
}
