package com.jgdj.dashboard.demo;

import java.util.List;

/**
 * Stores one batch of demo submissions inside the caller's transaction. The seam where demo data can later be
 * routed through the real import and parse path instead of straight into the table.
 */
public interface DemoSubmissionStore {

    void store(List<DemoSubmission> batch);
}
