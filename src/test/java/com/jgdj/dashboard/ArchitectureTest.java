package com.jgdj.dashboard;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.router.Route;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.page.History;
import com.vaadin.flow.router.BeforeEvent;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        noClasses().that().resideInAPackage("com.jgdj.dashboard.parsing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void grading_excel_and_word_writing_are_plain_java() {
        noClasses().that().resideInAnyPackage("..assessment.grading..", "..base.xlsx..", "..documents.docx..")
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
        noClasses().that().resideInAPackage("com.jgdj.dashboard.parsing..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.jgdj.dashboard..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("com.jgdj.dashboard.parsing..")))
                .check(CLASSES);
    }

    @Test
    void the_assessment_scheme_stands_on_the_grading_rules_alone() {
        // the grading services use the scheme through SchemeService; the scheme knows nothing of assessments
        noClasses().that().resideInAPackage("com.jgdj.dashboard.assessment.scheme..")
                .should().dependOnClassesThat().resideInAnyPackage("com.jgdj.dashboard.assessment",
                        "com.jgdj.dashboard.assessment.ui")
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

    /**
     * A form that names a unit and a period (what a service method is asked to change) carries them as
     * {@code UnitId} and {@code PeriodId}, so the two cannot be passed in each other's place.
     */
    @Test
    void forms_name_a_unit_and_a_period_by_typed_ids() {
        List<String> raw = CLASSES.stream().filter(c -> c.getSimpleName().endsWith("Form"))
                .map(JavaClass::reflect).filter(Class::isRecord)
                .filter(r -> {
                    List<String> rawIds = Stream.of(r.getRecordComponents())
                            .filter(c -> c.getType() == long.class || c.getType() == Long.class)
                            .map(c -> c.getName().toLowerCase())
                            .filter(n -> n.contains("unit") || n.contains("period")).toList();
                    return rawIds.stream().anyMatch(n -> n.contains("unit"))
                            && rawIds.stream().anyMatch(n -> n.contains("period"));
                })
                .map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of(), raw);
    }

    /**
     * Calls that take an address as a string: {@code UI.navigate(String…)}, {@code forwardTo/rerouteTo(String…)},
     * {@code new Anchor(String, …)}, {@code Anchor.setHref(String)}, the browser history, and the helpers in
     * {@link UrlParams} that wrap them.
     */
    private static final DescribedPredicate<JavaCall<?>> ADDRESS_AS_STRING = new DescribedPredicate<>(
            "take an address as a string (UI.navigate(String…), forwardTo/rerouteTo(String…), new Anchor(String…), "
                    + "Anchor.setHref, History.pushState/replaceState, UrlParams.navigate/anchor/forward/…State)") {
        @Override
        public boolean test(JavaCall<?> call) {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            var params = call.getTarget().getRawParameterTypes();
            boolean firstIsString = !params.isEmpty() && params.getFirst().isEquivalentTo(String.class);
            if (owner.isAssignableTo(UI.class)) {
                return name.equals("navigate") && firstIsString;
            }
            if (owner.isAssignableTo(BeforeEvent.class)) {
                return (name.startsWith("forwardTo") || name.startsWith("rerouteTo")) && firstIsString;
            }
            if (owner.isAssignableTo(Anchor.class)) {
                return (name.equals("<init>") && firstIsString) || name.equals("setHref") && firstIsString;
            }
            if (owner.isEquivalentTo(History.class)) {
                return name.equals("pushState") || name.equals("replaceState");
            }
            if (owner.isEquivalentTo(UrlParams.class)) {
                return java.util.Set.of("navigate", "anchor", "forward", "replaceState", "pushState").contains(name);
            }
            return false;
        }
    };

    /** Routes and their parameters are built in the features' {@code XxxNavigation} classes only. */
    static final ArchRule ADDRESSES_ONLY_IN_NAVIGATION = noClasses()
            .that().haveSimpleNameNotEndingWith("Navigation")
            .and().doNotHaveFullyQualifiedName(UrlParams.class.getName())
            .should().callCodeUnitWhere(ADDRESS_AS_STRING)
            .because("a route and its parameters have one home: the feature's XxxNavigation class");

    @Test
    void only_navigation_classes_build_addresses() {
        ADDRESSES_ONLY_IN_NAVIGATION.check(CLASSES);
    }

    @Test
    void the_address_rule_catches_a_literal_route_and_a_hand_made_anchor() {
        JavaClasses sample = new ClassFileImporter().importClasses(LiteralRoutes.class);
        AssertionError error = assertThrows(AssertionError.class, () -> ADDRESSES_ONLY_IN_NAVIGATION.check(sample));
        String message = error.getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("(2 times)"), message);
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("UI.navigate(java.lang.String)"), message);
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("Anchor.<init>(java.lang.String, java.lang.String)"),
                message);
    }

    /** What the rule forbids outside a navigation class; never run, only imported by the test above. */
    static final class LiteralRoutes {

        void open(long id) {
            UI.getCurrent().navigate("submissions/" + id);
        }

        Anchor link(long id) {
            return new Anchor("units/" + id, "单位");
        }
    }
}
