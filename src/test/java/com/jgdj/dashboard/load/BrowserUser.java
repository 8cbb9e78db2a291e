package com.jgdj.dashboard.load;

import com.jgdj.dashboard.e2e.ChartShapes;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.regex.Pattern;

/**
 * One person in Chromium (a browser context in a headless Chromium of its own, driven by a Playwright that belongs to
 * one thread), signed in, doing what a supervisor does: the overview, a filter change, a unit from the ranking
 * chart, that unit's report, a search.
 * Every console error, uncaught page error, HTTP error status and Vaadin error notification is recorded.
 */
final class BrowserUser implements AutoCloseable {

    static final List<String> STEPS = List.of("sign-in", "overview", "filter", "unit", "report", "search");
    private static final String[] WORDS = {"党课", "廉政", "主题党日", "理论学习", "支部"};

    private final BrowserContext context;
    private final Page page;
    private final String base;
    private final String account;
    private final String password;
    private final Queue<String> errors;
    private final String name;
    private int round;
    private long thinkMillis;

    BrowserUser(Browser browser, String base, String account, String password, Queue<String> errors, String name) {
        this.base = base;
        this.account = account;
        this.errors = errors;
        this.name = name;
        this.password = password;
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(Long.getLong("load.timeout", 60) * 1000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                error("console: " + m.text() + " @ " + m.location());
            }
        });
        page.onPageError(e -> error("page error: " + e));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                error("HTTP " + r.status() + " " + r.request().method() + " " + r.url());
            }
        });
    }

    /**
     * A headless Chromium of this user's own, through its Playwright (which belongs to the calling thread). One
     * browser shared by every user over the DevTools protocol was tried and cost as much: each Playwright attaches to
     * every page of the browser, so each user's driver handled all twenty users' events.
     */
    static Browser launch(Playwright playwright, Path chromium) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    private void error(String message) {
        errors.add(name + " " + message);
        System.out.println("error: " + name + " " + message);
    }

    /** Runs one step, timing it; a failure (timeout, missing element) counts as an error of that step. */
    boolean step(String step, StepTimes times, Runnable action) {
        long start = System.nanoTime();
        try {
            action.run();
            settle();
            times.add(step, (System.nanoTime() - start) / 1_000_000);
            think();
            int notices = page.locator("vaadin-notification-card[theme~='error'], .v-system-error").count();
            if (notices > 0) {
                error(step + ": Vaadin error notification: "
                        + page.locator("vaadin-notification-card[theme~='error'], .v-system-error").first().textContent());
            }
            return true;
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            error(step + ": " + message.substring(0, Math.min(400, message.length()))
                    + " (screen: " + screenshot(step) + ")");
            return false;
        }
    }

    /** What the page showed when a step failed, in {@code target/load/}. */
    private Path screenshot(String step) {
        Path file = Path.of("target", "load", name + "-" + round + "-" + step + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
            return file;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The pause after each step, as a person reads the page before the next click (0: none). */
    BrowserUser thinking(long millis) {
        thinkMillis = millis;
        return this;
    }

    private void think() {
        if (thinkMillis > 0) {
            try {
                Thread.sleep(thinkMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void signIn(StepTimes times) {
        step("sign-in", times, () -> {
            page.navigate(base + "/login");
            settle();
            page.locator("vaadin-login-form input[name=username]").fill(account);
            page.locator("vaadin-login-form input[name=password]").fill(password);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForURL(u -> !u.contains("/login"));
        });
    }

    /**
     * The overview with its charts drawn, opened from the side navigation as a person does once signed in (a page
     * load only before that): reloading the whole application every cycle made the browsers parse the bundle again
     * and measured them, not the server.
     */
    boolean overview(StepTimes times) {
        return step("overview", times, () -> {
            menu("总览");
            page.locator("#card-trend svg.apexcharts-svg").first().waitFor();
        });
    }

    /** Waits until the overview the sign-in lands on has drawn its charts and the server has answered. */
    void awaitOverview() {
        page.locator("#card-trend svg.apexcharts-svg").first().waitFor();
        settle();
    }

    /** Clicks an entry of the side navigation and waits for the server's answer. */
    private void menu(String title) {
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        settle();
    }

    /** One cycle after sign-in: overview → category filter → unit (a ranking bar) → its report → a search. */
    void cycle(StepTimes times) {
        round++;
        if (!overview(times)) {
            return;
        }
        boolean filtered = step("filter", times, () -> {
            Locator box = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                    .setHas(page.locator("label", new Page.LocatorOptions().setHasText("单位类别"))));
            box.locator("input").click();
            // the list is the server's answer to the opening: wait for it, then pick among the items shown (the
            // overlay also keeps hidden items); under load a pick made earlier left the list open, nothing chosen
            settle();
            page.locator("vaadin-combo-box[opened]:not([loading])").waitFor();
            Locator items = page.locator("vaadin-combo-box-item:not([hidden])");
            items.first().waitFor();
            items.nth(round % items.count()).click();
            settle();
            page.waitForURL(Pattern.compile(".*category=.*"));
            page.locator("#card-trend svg.apexcharts-svg").first().waitFor();
        });
        if (!filtered) {
            return;
        }
        Locator bars = page.locator("#card-ranking path.apexcharts-bar-area:not([val='0'])");
        if (bars.count() == 0) {
            return; // a category without graded units: nothing to open
        }
        boolean unit = step("unit", times, () -> {
            ChartShapes.click(page, bars.nth(round % bars.count()));
            page.waitForURL(Pattern.compile(".*/units/.*"));
            settle();
            page.locator("#unit-submissions").waitFor();
        });
        if (!unit) {
            return;
        }
        Locator reports = page.locator("#unit-submissions vaadin-grid-cell-content a");
        if (reports.count() > 0) {
            step("report", times, () -> {
                reports.first().click();
                page.waitForURL(Pattern.compile(".*/submissions/\\d+.*"));
                settle();
                page.locator(".report-text").first().waitFor();
            });
        }
        step("search", times, () -> {
            menu("全文检索");
            page.waitForURL(Pattern.compile(".*/search.*"));
            Locator field = page.locator("vaadin-text-field input").first();
            field.click();
            page.keyboard().type(WORDS[round % WORDS.length]);
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/search\\?q=.*"));
            settle();
        });
    }

    /** Waits until no Vaadin request is in flight. */
    private void settle() {
        page.waitForFunction("() => !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    @Override
    public void close() {
        context.close();
    }
}
