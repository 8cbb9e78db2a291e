package com.jgdj.dashboard.security;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Service;
import org.springframework.test.util.AopTestUtils;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may open every route and call every public method of every {@code @Service} bean, as one table: the four roles
 * and an anonymous visitor. The routes' access comes from their annotations (what Vaadin's navigation checks), the
 * services' from their method security ({@code @PreAuthorize} on the method or the class). A route or a public service
 * method without a line here fails the test, so every new one gets a rule on purpose.
 * <p>
 * {@code ANYONE} marks what has no rule of its own: internal services (sign-in, audit, settings, the demo loader and
 * what it calls at start-up without a user: the indicator dictionary, the demo's scheme and copy detection), and
 * constants of the upload page (formats, size limit). Every read of the app's data requires a signed-in user; what a
 * read returns is limited by {@code UnitScope} where it is unit data (a liaison sees only its own unit's reports).
 */
@SpringBootTest
class AccessMatrixTest {

    private static final String ALL = "admin assessor leader reporter";
    private static final String ANYONE = ALL + " anonymous";
    private static final String STAFF = "admin assessor leader";

    private static final Map<String, String> ROUTES = Map.ofEntries(
            entry("", ALL), entry("rankings", ALL), entry("interviews", STAFF),
            entry("assessments/:period([0-9]{1,18})/:unit([0-9]{1,18})", STAFF), entry("assessments", STAFF),
            entry("schemes", "admin"), entry("units/:id([0-9]{1,18})", ALL), entry("units", ALL),
            entry("indicators", "admin"), entry("periods", ALL), entry("completeness", ALL), entry("submissions", ALL),
            entry("upload", "admin assessor reporter"), entry("submissions/:id([0-9]{1,18})", ALL),
            entry("login", ANYONE), entry("search", ALL), entry("account/password", ALL), entry("admin/users", "admin"),
            entry("audit", "admin"), entry("document-templates", "admin"), entry("findings", ALL), entry("findings/plans", ALL),
            entry("rules", "admin"), entry("similarity", STAFF), entry("similarity/:id([0-9]{1,18})", STAFF));

    private static final Map<String, String> SERVICES = Map.ofEntries(
            entry("DashboardService.load", ALL),
            entry("SearchService.search", ALL), entry("SearchService.count", ALL),
            entry("CountRuleService.list", "admin"), entry("CountRuleService.update", "admin"),
            entry("CountRuleService.minimums", ANYONE),
            entry("FindingsService.latestReportedPeriod", ALL), entry("FindingsService.planDelivery", ALL),
            entry("FindingsService.reportFindings", ALL), entry("FindingsService.violationCount", ALL),
            entry("FindingsService.violations", ALL), entry("FindingsService.counts", ALL),
            entry("FindingsService.exportXlsx", ALL), entry("FindingsService.planGapCount", ALL),
            entry("FindingsService.planGaps", ALL), entry("FindingsService.seesCopies", ALL),
            entry("InterviewService.listed", ALL), entry("OrgUnitService.filterDescription", ALL),
            entry("SimilarityService.sharedSpans", STAFF), entry("SimilarityService.unitFlags", ALL), entry("SimilarityFingerprints.store", ANYONE),
            entry("SimilarityService.count", STAFF), entry("SimilarityService.details", STAFF),
            entry("SimilarityService.detect", "admin assessor"), entry("SimilarityService.detectForDemo", ANYONE),
            entry("SimilarityService.flags", STAFF), entry("SimilarityService.page", STAFF),
            entry("SimilarityService.periodOf", STAFF),
            entry("AuditLogService.count", "admin"), entry("AuditLogService.export", "admin"),
            entry("AuditLogService.page", "admin"), entry("AuditService.recordAs", ANYONE),
            entry("DocumentService.feedback", ALL), entry("DocumentService.feedbackBundle", STAFF),
            entry("DocumentService.feedbackOffer", ALL), entry("DocumentService.feedbackText", ALL),
            entry("DocumentService.notice", STAFF), entry("DocumentService.noticeText", STAFF),
            entry("DocumentService.preview", "admin"), entry("DocumentService.published", ALL),
            entry("DocumentTemplateService.save", "admin"), entry("DocumentTemplateService.template", ALL),
            entry("OrgUnitService.children", ALL), entry("OrgUnitService.countChildren", ALL),
            entry("SubmissionImportService.acceptedExtensions", ANYONE),
            entry("SubmissionImportService.acceptedFormats", ANYONE),
            entry("SubmissionService.page", ALL), entry("SubmissionService.report", ALL),
            entry("UserService.changeOwnPassword", ALL), entry("UserService.count", "admin"),
            entry("UserService.create", "admin"), entry("UserService.mustChangePassword", ANYONE),
            entry("UserService.page", "admin"), entry("UserService.resetPassword", "admin"),
            entry("UserService.setEnabled", "admin"), entry("UserService.unlock", "admin"),
            entry("UserService.update", "admin"),
            entry("RankingService.ranking", ALL), entry("RankingService.page", ALL), entry("RankingService.count", ALL),
            entry("RankingExportService.ranking", ALL), entry("RankingExportService.gradeList", ALL),
            entry("RankingExportService.interviews", ALL),
            entry("InterviewService.list", ALL), entry("InterviewService.forUnit", ALL),
            entry("InterviewService.record", STAFF),
            entry("AssessmentService.list", STAFF), entry("AssessmentService.count", STAFF),
            entry("AssessmentService.sheet", STAFF), entry("AssessmentService.save", "admin assessor"),
            entry("SchemeService.findForYear", STAFF),
            entry("SchemeService.idForNewAssessments", "admin assessor"), entry("SchemeService.createForYear", "admin assessor"),
            entry("SchemeService.ensureForDemo", ANYONE), entry("SchemeService.list", "admin"),
            entry("SchemeService.details", ALL), entry("SchemeService.copyToYear", "admin"),
            entry("SchemeService.saveSettings", "admin"), entry("SchemeService.saveDimensions", "admin"),
            entry("SchemeService.saveItems", "admin"), entry("SchemeService.saveVetoes", "admin"),
            entry("SchemeService.settings", ALL),
            entry("AssessmentCorrectionService.correct", "admin assessor"),
            entry("AssessmentCorrectionService.revisions", STAFF),
            entry("AssessmentWorkflowService.progress", ALL),
            entry("AssessmentWorkflowService.submit", "admin assessor"),
            entry("AssessmentWorkflowService.saveAndSubmit", "admin assessor"),
            entry("AssessmentWorkflowService.returnToDraft", STAFF),
            entry("AssessmentWorkflowService.setQuotaDowngraded", "admin leader"),
            entry("AssessmentWorkflowService.decideQuota", "admin leader"),
            entry("AssessmentWorkflowService.quotaCheck", STAFF),
            entry("AssessmentWorkflowService.quotaPlaces", ALL),
            entry("AssessmentWorkflowService.review", "admin leader"),
            entry("AssessmentWorkflowService.approve", "admin leader"),
            entry("AssessmentWorkflowService.revokeApproval", "admin leader"),
            entry("AssessmentWorkflowService.publish", "admin leader"),
            entry("AuditService.record", ANYONE),
            entry("UnitProfileService.profile", ALL), entry("UnitProfileService.submissions", ALL),
            entry("UnitProfileService.submissionCount", ALL),
            entry("OrgUnitService.list", ALL), entry("OrgUnitService.count", ALL),
            entry("OrgUnitService.details", ALL), entry("OrgUnitService.categories", ALL),
            entry("OrgUnitService.options", ALL), entry("OrgUnitService.matchFileName", "admin assessor"),
            entry("OrgUnitService.option", ALL), entry("OrgUnitService.save", "admin"),
            entry("AppSettings.get", ANYONE), entry("AppSettings.put", ANYONE), entry("AppSettings.isDemoData", ANYONE),
            entry("DemoAssessmentLoader.load", ANYONE), entry("DemoDataLoader.load", ANYONE),
            entry("IndicatorService.dictionary", ANYONE), entry("IndicatorService.list", ALL),
            entry("IndicatorService.save", "admin"),
            entry("ReportingPeriodService.list", ALL), entry("ReportingPeriodService.find", ALL),
            entry("ReportingPeriodService.current", ALL), entry("ReportingPeriodService.save", "admin"),
            entry("ReportingPeriodService.setStatus", "admin"),
            entry("CompletenessService.byCategory", ALL), entry("CompletenessService.units", ALL),
            entry("CompletenessService.count", ALL), entry("CompletenessService.exportXlsx", ALL),
            entry("SubmissionService.list", ALL), entry("SubmissionService.count", ALL),
            entry("SubmissionService.details", ALL), entry("SubmissionService.analysis", ALL),
            entry("SubmissionService.task", ALL), entry("SubmissionService.originalFile", ALL),
            entry("SubmissionService.returnForRevision", "admin assessor"),
            entry("SubmissionService.accept", "admin assessor"),
            entry("SubmissionService.grantLateSubmission", "admin"),
            entry("SubmissionImportService.maxBytes", ANYONE), entry("SubmissionImportService.importFile", "admin assessor reporter"),
            entry("SubmissionImportService.recordRefusal", "admin assessor reporter"),
            entry("AppUserDetailsService.loadUserByUsername", ANYONE));

    private static final List<String> WHO = List.of("admin", "assessor", "leader", "reporter", "anonymous");

    @Autowired
    ApplicationContext context;

    @Test
    void every_route_admits_exactly_the_roles_of_the_table() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, String> actual = new TreeMap<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.findCandidateComponents("com.jgdj.dashboard").forEach(bean -> {
            Class<?> view = ClassUtils.resolveClassName(bean.getBeanClassName(), getClass().getClassLoader());
            actual.put(view.getAnnotation(Route.class).value(), WHO.stream().filter(who -> {
                Authentication user = user(who);
                return checker.hasAccess(view, user == null ? null : user::getName,
                        role -> user != null && user.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            }).collect(Collectors.joining(" ")));
        });
        assertEquals(new TreeMap<>(ROUTES), actual);
    }

    @Test
    void every_public_service_method_admits_exactly_the_roles_of_the_table() {
        PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
        Map<String, String> actual = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("com.jgdj.dashboard")) {
                continue;
            }
            Object target = AopTestUtils.getUltimateTargetObject(bean);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                MethodInvocation call = new SimpleMethodInvocation(target, method,
                        new Object[method.getParameterCount()]);
                String admitted = WHO.stream().filter(who -> {
                    AuthorizationResult result = rules.authorize(() -> anonymousIfNull(user(who)), call);
                    return result == null || result.isGranted();
                }).collect(Collectors.joining(" "));
                String key = type.getSimpleName() + "." + method.getName();
                String before = actual.put(key, admitted);
                assertEquals(before == null ? admitted : before, admitted, "overloads of " + key + " differ");
            }
        }
        assertEquals(new TreeMap<>(SERVICES), actual);
    }

    /** The signed-in user of that role, or null for the anonymous visitor. */
    private static Authentication user(String who) {
        if (who.equals("anonymous")) {
            return null;
        }
        return new UsernamePasswordAuthenticationToken(who, null,
                AuthorityUtils.createAuthorityList("ROLE_" + who.toUpperCase(java.util.Locale.ROOT)));
    }

    private static Authentication anonymousIfNull(Authentication user) {
        return user != null ? user : new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }
}
