package com.jgdj.dashboard.submission;

/** What happened to one uploaded file; {@code message} is for the user. */
public record ImportResult(Outcome outcome, long submissionId, int versionNo, int flagCount, String message) {

    public enum Outcome {
        IMPORTED("已导入"),
        UNCHANGED("内容未变，未重复导入");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
