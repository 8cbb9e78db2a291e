package com.jgdj.dashboard.orgunit.ui;

/** What a section may ask of the unit page it sits on. */
public interface UnitPage {

    /** Shows the page for another period: the URL keeps {@code ?period=} and every section is built again. */
    void selectPeriod(long periodId);
}
