package com.jgdj.dashboard;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
}
