package com.jgdj.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;

/**
 * The security headers of every response, in one place. This filter sets them before anything else runs, so the
 * responses that Spring Security does not handle (Vaadin's static files under {@code /VAADIN/}, which Vaadin's
 * security configuration lets bypass the filter chain) carry them too; Spring Security's header writer
 * ({@link #WRITER}) sets the same values again when a response is committed, in case something reset it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What the browser may load and run: Vaadin's bootstrap page has inline scripts, its client runs
     * {@code executeJs} through {@code new Function} (eval) and its components set inline styles; everything else
     * comes from this origin (ApexCharts draws inline SVG, images may be data URLs). No page may frame this one.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    /** The same headers for Spring Security's header filter. */
    static final HeaderWriter WRITER = (request, response) -> write(response);

    private static void write(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        write(response);
        chain.doFilter(request, response);
    }

    /** Error dispatches too (their response is the same, but a reset may have cleared it). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
