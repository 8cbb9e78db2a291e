package com.jgdj.dashboard.demo;

/**
 * One reporting unit of the demo dataset.
 *
 * @param code       short latin code, unique, usable for demo user names (e.g. {@code czj} for 市财政局)
 * @param department the department the Party organization belongs to, e.g. 市财政局
 * @param name       full, unique unit name, e.g. 市财政局机关党委
 */
public record DemoUnit(String code, String department, String name, String shortName, DemoCategory category,
                       String orgType, String secretaryName, String contactName, String contactPhone) {

    /** Demo user name of the unit's liaison (单位联络员); also the {@code submitted_by} of its reports. */
    public String reporterUsername() {
        return code + "_lly";
    }
}
