package com.jgdj.dashboard.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running application over plain HTTP, as an attacker's client sends it: security headers on every response,
 * no sign-in without the login form's CSRF token, error answers without stack traces or framework names.
 */
class HttpHardeningIT extends BrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/units/1", "/no-such-page", "/login"})
    void every_response_carries_the_security_headers(String path) throws Exception {
        assertSecurityHeaders(path, get(path));
    }

    /** A static file of Vaadin's frontend bundle, as the login page names it. */
    @Test
    void static_files_carry_the_security_headers() throws Exception {
        HttpResponse<String> login = get("/login");
        Matcher script = Pattern.compile("src=\"(?:\\./|/)?(VAADIN/[^\"]+)\"").matcher(login.body());
        assertTrue(script.find(), login.body());
        String path = "/" + script.group(1);
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertSecurityHeaders(path, response);
    }

    /** Each header exactly once, with exactly this value. */
    private static void assertSecurityHeaders(String path, HttpResponse<String> response) {
        assertEquals(List.of("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'"),
                response.headers().allValues("Content-Security-Policy"), path);
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), path);
        assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), path);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), path);
    }

    @Test
    void a_login_post_without_the_csrf_token_signs_nobody_in() throws Exception {
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        // refused (403), or sent back to the login page as Vaadin does with a CSRF failure: never signed in
        assertTrue(response.statusCode() == 403 || response.headers().firstValue("Location").orElse("")
                .matches(".*/login(;jsessionid=[^?]*)?(\\?.*)?"), response.statusCode() + " " + response.headers().map());
        String cookie = response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse("");
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(url("/"))).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(Optional.of(url("/login")), home.headers().firstValue("Location"), "still anonymous");
    }

    @Test
    void the_login_form_in_the_browser_still_signs_in() {
        signIn("admin");
        assertEquals(url("/"), page.url());
    }

    /** Malformed requests to addresses outside Vaadin's views, answered by the server's error handling. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GET /%zz HTTP/1.1",
            "GET /error HTTP/1.1",
            "GET /login?%zz=1 HTTP/1.1",
            "POST /login HTTP/1.1"})
    void error_answers_show_no_stack_trace_and_no_framework(String requestLine) throws IOException {
        String answer = raw(requestLine);
        String status = answer.lines().findFirst().orElse("");
        assertTrue(status.matches("HTTP/1\\.1 (302|400|403|404|500) .*"), status);
        for (String leak : List.of("Exception", "at com.", "at org.", "Tomcat", "Whitelabel", "Spring", "Vaadin",
                "\"trace\"", "\"message\"")) {
            assertFalse(answer.contains(leak), "'" + leak + "' in the answer to " + requestLine + ":\n" + answer);
        }
    }

    private String raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
