package com.jgdj.dashboard.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;

/**
 * The generated passwords of the embedded cluster's three roles, kept in {@value #FILE} inside its data directory
 * (POSIX mode 600: readable by the owner of the data directory only, like the data itself).
 */
public record EmbeddedCredentials(String superuserPassword, String ownerPassword, String appPassword) {

    public static final String FILE = "dashboard-credentials.properties";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(password(), password(), password());
    }

    /** The credentials stored in that data directory, if it has been secured. */
    public static Optional<EmbeddedCredentials> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Optional.of(new EmbeddedCredentials(p.getProperty(DatabaseRoles.SUPERUSER),
                p.getProperty(DatabaseRoles.OWNER), p.getProperty(DatabaseRoles.APP)));
    }

    /** Written to a temporary file created with mode 600, then moved into place atomically. */
    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty(DatabaseRoles.SUPERUSER, superuserPassword);
        p.setProperty(DatabaseRoles.OWNER, ownerPassword);
        p.setProperty(DatabaseRoles.APP, appPassword);
        Path tmp = Files.createTempFile(dataDir, "credentials", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Passwords of the embedded PostgreSQL's roles (generated on first start; keep private)");
        }
        Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String password() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[***]";
    }
}
