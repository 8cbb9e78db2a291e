package com.jgdj.dashboard.submission;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fingerprints of the paragraphs of a report that are long enough to matter when copied from another unit:
 * whitespace, punctuation and digits are ignored, so a paragraph copied with its numbers changed still matches.
 */
public final class ParagraphFingerprints {

    /** Paragraphs shorter than this (after normalisation) are headings or set phrases, not copying. */
    static final int MIN_CHARS = 40;

    public record Paragraph(long fingerprint, int start, int end) {
    }

    private ParagraphFingerprints() {
    }

    public static List<Paragraph> of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String key = normalise(text.substring(start, end));
            if (key.length() >= MIN_CHARS) {
                paragraphs.add(new Paragraph(hash(key), start, end));
            }
            start = end + 1;
        }
        return paragraphs;
    }

    static String normalise(String paragraph) {
        StringBuilder key = new StringBuilder(paragraph.length());
        paragraph.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                // a number of any length is one placeholder: 12次 and 8次 read the same
                if (key.isEmpty() || key.charAt(key.length() - 1) != '#') {
                    key.append('#');
                }
            } else if (Character.isLetter(cp) || Character.isIdeographic(cp)) {
                key.appendCodePoint(cp);
            }
        });
        return key.toString();
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
