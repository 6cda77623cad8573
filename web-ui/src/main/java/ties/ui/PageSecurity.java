package ties.ui;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

/**
 * Sign-in for people at the pages: a login form and a session, with CSRF tokens on every write (a
 * browser session is exactly what a forged cross-site form would ride on). It covers the page paths
 * only and comes before the API's chain, which stays as it is: stateless, tokens or Basic, no session.
 * The people are the API's own ({@code ties.security.users}, the {@link UserDetailsService} the app
 * configures in embedded mode) with the same roles, nested by the app's role hierarchy.
 */
@Configuration
@ConditionalOnProperty(name = "ties.security.mode", havingValue = "embedded", matchIfMissing = true)
public class PageSecurity {

    /** Where the pages live; everything else (the API, actuator, its description) is the API chain's. */
    public static final String[] PAGES = {"/", "/login", "/logout", "/denied", "/board", "/board/**",
            "/initiatives/**", "/timeline", "/timeline/**", "/relations", "/relations/**", "/actors", "/actors/**",
            "/record/**", "/audit", "/audit/**", "/operations/**", "/import", "/import/**", "/ui/**", "/webjars/**"};

    /**
     * Pages run only their own scripts and styles (htmx is told not to inject its indicator style), and
     * connect only back to Ties (the live board's event stream).
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pageChain(HttpSecurity http, UserDetailsService people) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(new BCryptPasswordEncoder());
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher pages = new OrRequestMatcher(Arrays.stream(PAGES).map(paths::matcher).toArray(RequestMatcher[]::new));
        http
                .securityMatcher(pages)
                .authenticationManager(new ProviderManager(passwords))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/board").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .exceptionHandling(errors -> errors.accessDeniedPage("/denied"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(authorize -> authorize
                        // A refusal's page, an error and the later parts of a live stream belong to a request already let in.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(paths.matcher("/ui/**"), paths.matcher("/webjars/**")).permitAll()
                        .requestMatchers(paths.matcher("/record/**"), paths.matcher("/import"), paths.matcher("/import/**"))
                        .hasRole("EDITOR")
                        .requestMatchers(paths.matcher("/operations/dead-letters"), paths.matcher("/operations/dead-letters/**"))
                        .hasRole("ADMIN")
                        .requestMatchers(paths.matcher("/audit"), paths.matcher("/audit/**"), paths.matcher("/operations/**"))
                        .hasRole("AUDITOR")
                        // An earlier state of any page is the auditor's, as it is in the API.
                        .requestMatchers(request -> hasText(request.getParameter(AsOf.PARAMETER))).hasRole("AUDITOR")
                        .anyRequest().hasRole("VIEWER"));
        return http.build();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
