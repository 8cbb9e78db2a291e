package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.security.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The upload limit at the door: before anything reads a request's body (Spring Security's CSRF check, Spring MVC's
 * multipart parsing, Vaadin's upload handler), a body that declares more than an upload may be (the file limit of
 * {@link SubmissionImportService#maxBytes()} plus {@value #MULTIPART_OVERHEAD} bytes of multipart framing) is answered
 * 413 without reading it, and a body without a declared length (chunked) is answered 411: browsers send every upload
 * and every other request with a {@code Content-Length}, and the container never reads past a declared length. What
 * the client already sent is discarded by the container (it reads at most its swallow limit, then closes the
 * connection), so nothing of a refused body is kept. Files up to the limit reach the upload handler, which checks
 * the limit again while streaming and answers with the Chinese reason. A refused upload request of a signed-in user
 * is audited as a refused submission (who, the liaison's unit, the declared size); an anonymous one only logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

    /** Where Vaadin's upload handlers receive files. */
    static final String UPLOAD_PATH = "/VAADIN/dynamic/resource/";

    /** Room for the multipart boundary and part headers (file name, content type) around one file. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(RequestSizeFilter.class);

    private final long maxBodyBytes;
    private final long maxFileBytes;
    private final AuditService audit;
    private final TransactionTemplate tx;

    RequestSizeFilter(SubmissionImportService imports, AuditService audit, PlatformTransactionManager transactions) {
        this.maxFileBytes = imports.maxBytes();
        this.maxBodyBytes = maxFileBytes + MULTIPART_OVERHEAD;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (chunked || declared > maxBodyBytes) {
            int status = chunked ? HttpServletResponse.SC_LENGTH_REQUIRED : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            log.warn("Refused {} {} from {} (user {}) before reading its body: {}; answered {}",
                    request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), username(request),
                    chunked ? "no declared length (Transfer-Encoding: " + request.getHeader("Transfer-Encoding") + ")"
                            : "declared " + declared + " bytes, over the limit of " + maxBodyBytes + " bytes ("
                            + maxFileBytes + " per file + " + MULTIPART_OVERHEAD + " framing)",
                    status);
            audit(request, chunked ? "上传请求未声明大小，未读取" : "上传请求过大（" + Formats.fileSize(declared) + "），超过 "
                    + Formats.fileSize(maxFileBytes) + " 的上限，未读取");
            response.setHeader("Connection", "close");
            response.setStatus(status);
            response.setContentLength(0);
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }

    /** A refused upload of a signed-in user, in a transaction of its own; nothing else is stored. */
    private void audit(HttpServletRequest request, String reason) {
        Authentication user = user(request);
        if (user == null || !request.getRequestURI().contains(UPLOAD_PATH)) {
            return;
        }
        Long unit = user.getPrincipal() instanceof SignedInUser signedIn ? signedIn.unitId() : null;
        try {
            tx.executeWithoutResult(status -> audit.recordAs(user.getName(),
                    AuditEntry.of("SUBMISSION_REFUSED", "submission", null, reason).unit(unit)));
        } catch (RuntimeException e) {
            log.error("Could not audit the refused upload of {}", user.getName(), e);
        }
    }

    private static String username(HttpServletRequest request) {
        Authentication user = user(request);
        return user == null ? "anonymous" : user.getName();
    }

    /** The signed-in user of the request's session (the filter runs before Spring Security sets it up). */
    private static Authentication user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().isAuthenticated() ? security.getAuthentication() : null;
    }
}
