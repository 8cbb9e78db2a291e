package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.orgunit.UnitOption;

/**
 * One file of a bulk import and what became of it; kept in the view until the user leaves. {@code id} is the
 * upload's own id, so two files with the same name are two rows.
 */
final class BulkImportRow {

    final long id;
    final String fileName;
    byte[] bytes;
    UnitOption unit;
    String result = "";
    String message = "";
    Integer flags;
    Long submissionId;

    BulkImportRow(long id, String fileName, UnitOption unit) {
        this.id = id;
        this.fileName = fileName;
        this.unit = unit;
    }

    boolean waitingForUnit() {
        return submissionId == null && unit == null;
    }
}
