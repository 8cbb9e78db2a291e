package com.jgdj.dashboard.ranking;

/** A generated file to download. */
public record ExportFile(String fileName, byte[] bytes) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
