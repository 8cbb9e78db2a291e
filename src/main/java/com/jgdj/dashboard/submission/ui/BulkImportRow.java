package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.orgunit.UnitOption;

/** One file of a bulk import and what became of it; kept in the view until the user leaves. */
final class BulkImportRow {

    final String fileName;
    byte[] bytes;
    UnitOption unit;
    String result = "";
    String message = "";
    Integer flags;
    Long submissionId;

    BulkImportRow(String fileName, byte[] bytes, UnitOption unit) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.unit = unit;
    }

    boolean waitingForUnit() {
        return submissionId == null && unit == null;
    }
}
