package com.jgdj.dashboard.backup;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** This jar's changelog (the one the application migrates with) for the restore: its changeset ids and a partial update. */
final class Changelog {

    static final String FILE = "db/changelog/db.changelog-master.yaml";

    private Changelog() {
    }

    static List<String> changesetIds() throws Exception {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
        return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () ->
                ChangeLogParserFactory.getInstance().getParser(FILE, resources)
                        .parse(FILE, new ChangeLogParameters(), resources)
                        .getChangeSets().stream().map(ChangeSet::getId).toList());
    }

    /** Applies the first {@code count} changesets as the connection's role. */
    static void migrate(Connection c, int count) throws Exception {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
            new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, FILE)
                    .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                    .execute();
        });
    }
}
