package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import com.jgdj.dashboard.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Base of the end-to-end tests: the whole application on a random port (throw-away embedded PostgreSQL with the
 * demo dataset), driven by Debian's Chromium through Playwright at 1366×768, the way a person uses it. Every
 * browser console error and uncaught page error fails the test; screenshots of each step land in
 * {@code target/e2e/<journey>-<nn>-<step>.png}. The application's clock starts at {@link #DEMO_NOW} (2026-12-01,
 * 10:00 China time) and runs from there, so the demo's periods (placed around today) and every deadline shown are
 * the same whenever the tests run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.demo=true",
        "vaadin.devmode.devTools.enabled=false",
        "logging.level.com.jgdj=WARN"})
@Import(DemoDayClock.class)
public abstract class BrowserTest {

    public static final Instant DEMO_NOW = FixedClock.NOW;

    /** The application's clock (the demo day, running): what "now" is for every time the app shows. */
    @Autowired
    protected Clock clock;

    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;
    public static final String PASSWORD = "demo";
    private static final Path CHROMIUM = Paths.get(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    private static final Path SHOTS = Paths.get("target", "e2e");

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    /** Console errors and uncaught exceptions seen by the browser during this test. */
    protected final List<String> browserErrors = new ArrayList<>();
    private String journey;
    private int step;

    @BeforeEach
    void openBrowser(TestInfo test) {
        journey = test.getTestClass().map(Class::getSimpleName).orElse("e2e").replaceFirst("IT$", "")
                + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test")
                + (test.getDisplayName().endsWith(")") ? "" : "-" + test.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "_"));
        step = 0;
        context = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(WIDTH, HEIGHT)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                browserErrors.add("console: " + m.text() + " @ " + m.location());
            }
        });
        page.onPageError(e -> browserErrors.add("page error: " + e));
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (page != null && !page.isClosed()) {
                shot("end");
            }
        } finally {
            context.close();
        }
        assertEquals(List.of(), browserErrors, "errors in the browser during " + journey);
    }

    protected String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** Opens an address and waits until Vaadin has finished its round trips. */
    protected void open(String path) {
        page.navigate(url(path));
        settle();
    }

    /** Signs in through the login form as a person does (demo password), landing on the user's home page. */
    protected void signIn(String username) {
        open("/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        settle();
    }

    protected void signOut() {
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("退出登录")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        settle();
    }

    /** Waits until no Vaadin request is in flight (the UI then shows the server's answer). */
    protected void settle() {
        page.waitForFunction("() => !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** A screenshot of the current viewport as the next step of this journey. */
    protected Path shot(String name) {
        try {
            Files.createDirectories(SHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SHOTS.resolve(String.format("%s-%02d-%s.png", journey, ++step, name));
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    /** The visible button with that text (overlays keep hidden buttons such as a date picker's 取消 in the page). */
    protected Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** One Chromium per test JVM (Debian's binary, never a downloaded one), closed when the JVM ends. */
    static final class Chromium {
        private static Browser browser;

        static synchronized Browser browser() {
            if (browser == null) {
                if (!Files.isExecutable(CHROMIUM)) {
                    throw new IllegalStateException("End-to-end tests need Chromium at " + CHROMIUM
                            + ": apt-get install -y chromium fonts-noto-cjk (or -De2e.chromium=PATH)");
                }
                Playwright playwright = Playwright.create();
                browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--disable-dev-shm-usage")));
                Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            }
            return browser;
        }
    }
}
