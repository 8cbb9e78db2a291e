package com.jgdj.dashboard;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jgdj.dashboard");

    /** One slice per feature package; the app shell (base.ui with its error views) is its own slice on top of all. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String rest = javaClass.getPackageName().replaceFirst("^com\\.jgdj\\.dashboard\\.?", "");
            if (rest.isEmpty()) {
                return SliceIdentifier.ignore();
            }
            if (rest.equals("base.ui") || rest.equals("base.ui.error")) {
                return SliceIdentifier.of("shell");
            }
            if (rest.startsWith("submission.parsing")) {
                // plain-Java library of its own: the indicator dictionary and the import both build on it
                return SliceIdentifier.of("parsing");
            }
            return SliceIdentifier.of(rest.split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "feature packages";
        }
    };

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void views_never_touch_repositories_or_sql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void views_read_reports_only_through_the_scoped_service() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "com.jgdj.dashboard.submission.ReportAnalysisReader")
                .check(CLASSES);
    }

    @Test
    void the_report_parser_is_plain_java() {
        noClasses().that().resideInAPackage("..submission.parsing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void grading_excel_and_word_writing_are_plain_java() {
        noClasses().that().resideInAnyPackage("..assessment.grading..", "..ranking.export..", "..documents.docx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void only_the_chart_package_builds_json_for_charts() {
        // feature code builds charts through the typed builders of base.ui.chart; besides, only the shell's upload
        // helper (base.ui.Uploads reads the browser's event data) and the command line (JSON output) touch JSON
        noClasses().that().resideOutsideOfPackages("com.jgdj.dashboard.base.ui.chart..", "com.jgdj.dashboard.cli..")
                .and().doNotHaveFullyQualifiedName("com.jgdj.dashboard.base.ui.Uploads")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void the_report_parser_depends_on_nothing_of_the_app_outside_itself() {
        noClasses().that().resideInAPackage("com.jgdj.dashboard.submission.parsing..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.jgdj.dashboard..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("com.jgdj.dashboard.submission.parsing..")))
                .check(CLASSES);
    }

    @Test
    void views_are_package_private() {
        // the one exception: Spring Security's configuration names the login view
        noClasses().that().areAnnotatedWith(Route.class)
                .and().doNotHaveFullyQualifiedName("com.jgdj.dashboard.security.ui.LoginView")
                .should().bePublic()
                .check(CLASSES);
    }

    @Test
    void security_does_not_depend_on_the_shell() {
        noClasses().that().resideInAPackage("com.jgdj.dashboard.security..")
                .should().dependOnClassesThat().resideInAnyPackage("com.jgdj.dashboard.base.ui",
                        "com.jgdj.dashboard.base.ui.error")
                .check(CLASSES);
    }

    /** ArchUnit does not see a constant the compiler inlined: the imports in the sources show it. */
    @Test
    void security_sources_import_nothing_of_the_shell() throws IOException {
        Path security = Path.of("src/main/java/com/jgdj/dashboard/security");
        try (Stream<Path> files = Files.walk(security)) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(l -> l.matches("import com\\.jgdj\\.dashboard\\.base\\.ui\\.(error\\.)?[A-Z].*"))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), offending);
        }
    }
}
