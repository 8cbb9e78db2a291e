package com.jgdj.dashboard.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The changelog as written in {@code db/changelog}: the changesets in master order, and the landed checksums. */
final class Changelog {

    static final Path DIR = Path.of("db/changelog");
    static final Path CHECKSUMS = DIR.resolve("checksums.txt");

    private static final Pattern INCLUDE = Pattern.compile("^\\s*file:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern SQL_CHANGESET = Pattern.compile("^--changeset [^:\\s]+:(\\S+)", Pattern.MULTILINE);
    private static final Pattern YAML_CHANGESET = Pattern.compile("^\\s*-?\\s*changeSet:\\s*\\n\\s*id:\\s*(\\S+)",
            Pattern.MULTILINE);

    private Changelog() {
    }

    /** The ids of every changeset, in the order the master changelog includes their files. */
    static List<String> changesetIds() {
        List<String> ids = new ArrayList<>();
        Matcher include = INCLUDE.matcher(read(DIR.resolve("db.changelog-master.yaml")));
        while (include.find()) {
            String file = include.group(1);
            Matcher m = (file.endsWith(".sql") ? SQL_CHANGESET : YAML_CHANGESET).matcher(read(Path.of(file)));
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** {@code checksums.txt}: changeset id → Liquibase checksum, in file order; blank and # lines skipped. */
    static Map<String, String> landedChecksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : read(CHECKSUMS).split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] parts = t.split("\\s+");
                sums.put(parts[0], parts[1]);
            }
        }
        return sums;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
