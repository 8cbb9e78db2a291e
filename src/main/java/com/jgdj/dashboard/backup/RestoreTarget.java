package com.jgdj.dashboard.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;

/** Restores with this jar's changelog. */
public final class RestoreTarget {

    private RestoreTarget() {
    }

    public static Properties restore(Connection c, Path file) throws Exception {
        return DatabaseRestore.restore(c, file, Changelog.changesetIds(), Changelog::migrate);
    }
}
