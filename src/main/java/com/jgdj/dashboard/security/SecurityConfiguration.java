package com.jgdj.dashboard.security;

import com.jgdj.dashboard.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil) throws Exception {
        // Signed-in users reach every address, so an unknown one gets the app's own 页面不存在 page (Vaadin's
        // navigation access control still guards every view); anonymous visitors are sent to the login page.
        // CSRF: Vaadin's own configuration exempts the login form's POST /login (login CSRF: a foreign page could
        // sign a visitor in as someone else); here only Vaadin's internal requests, which carry Vaadin's own CSRF
        // token, are exempt. The login form sends the Spring token from the page's _csrf meta tags.
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // the security headers live in SecurityHeaders (a filter in front of everything, for static files too);
        // Spring Security's own frame and content-type writers would only repeat them
        http.headers(headers -> headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .contentTypeOptions(HeadersConfigurer.ContentTypeOptionsConfig::disable)
                .addHeaderWriter(SecurityHeaders.WRITER));
        return http.build();
    }

    /**
     * Vaadin-aware (the context also lives in the Vaadin session) and published as a bean, so Spring Security's
     * filters and method security use this very instance rather than whatever the static holder has.
     */
    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        SecurityContextHolderStrategy strategy = new VaadinAwareSecurityContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(strategy);
        return strategy;
    }

    /** The only authentication provider: the password check with the lockout ({@link SignInAttempts}). */
    @Bean
    LockingAuthenticationProvider authenticationProvider(AppUserDetailsService users, PasswordEncoder encoder,
                                                         SignInAttempts attempts, StartupState startup) {
        return new LockingAuthenticationProvider(users, encoder, attempts, startup::isReady);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
