package com.jgdj.dashboard.parsing;

import java.util.Arrays;

/** Line index of the normalised text: line starts and 1-based line numbers of offsets. */
final class Lines {

    private final String text;
    private final int[] starts;

    Lines(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
    }

    int count() {
        return starts.length;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
    }

    String line(int index) {
        return text.substring(start(index), end(index));
    }

    /** 1-based line number of an offset. */
    int lineNumber(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
