package com.jgdj.dashboard.load;

import com.jgdj.dashboard.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the load run starts it, in a JVM of its own (so that the browsers' Playwright objects never
 * count as the server's memory): a throw-away embedded database with the demo data; prints {@code READY <port>}
 * once the demo is loaded (Spring Boot runs the demo's loaders before {@code run} returns).
 */
public final class LoadApp {

    private LoadApp() {
    }

    public static void main(String[] args) {
        // as arguments: they override every properties file (also the tests' config/application.properties)
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--dashboard.db.ephemeral=true",
                "--dashboard.demo=true",
                "--dashboard.demo.scale=" + System.getProperty("load.scale", "standard"),
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.com.jgdj=WARN");
        System.out.println("READY " + app.getEnvironment().getProperty("local.server.port"));
    }
}
