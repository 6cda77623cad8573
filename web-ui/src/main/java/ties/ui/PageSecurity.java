package ties.ui;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

/**
 * The pages' own chain: a session for people, with CSRF tokens on every write (a browser session is
 * exactly what a forged cross-site form would ride on). It covers the page paths only and comes before
 * the API's chain, which stays as it is: stateless, tokens or Basic, no session. How people sign in is
 * the mode's {@link PageSignIn} (a login form against the API's users, or the OIDC issuer); the people
 * have the API's roles, nested by the app's role hierarchy, and the rules below hold in every mode.
 */
@Configuration
public class PageSecurity {

    /**
     * Where the pages live; everything else (the API, actuator, its description) is the API chain's.
     * {@code /oauth2/authorization/*} and {@code /login/oauth2/code/*} are where a sign-in through an
     * OIDC issuer starts and comes back.
     */
    public static final String[] PAGES = {"/", "/login", "/logout", "/denied", "/board", "/board/**",
            "/initiatives/**", "/timeline", "/timeline/**", "/relations", "/relations/**", "/actors", "/actors/**",
            "/record/**", "/audit", "/audit/**", "/operations/**", "/import", "/import/**", "/ui/**", "/webjars/**",
            "/oauth2/authorization/*", "/login/oauth2/code/*"};

    /**
     * Pages run only their own scripts and styles (htmx is told not to inject its indicator style), and
     * connect only back to Ties (the live board's event stream); forms go to Ties and the sign-in's targets.
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'%s; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pageChain(HttpSecurity http, PageSignIn signIn) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher pages = new OrRequestMatcher(Arrays.stream(PAGES).map(paths::matcher).toArray(RequestMatcher[]::new));
        String formTargets = signIn.formTargets().isBlank() ? "" : " " + signIn.formTargets();
        http
                .securityMatcher(pages)
                .exceptionHandling(errors -> errors.accessDeniedPage("/denied"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY.formatted(formTargets)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(authorize -> authorize
                        // A refusal's page, an error and the later parts of a live stream belong to a request already let in.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(paths.matcher("/ui/**"), paths.matcher("/webjars/**"), paths.matcher("/login"))
                        .permitAll()
                        .requestMatchers(paths.matcher("/record/**"), paths.matcher("/import"), paths.matcher("/import/**"))
                        .hasRole("EDITOR")
                        .requestMatchers(paths.matcher("/operations/dead-letters"), paths.matcher("/operations/dead-letters/**"))
                        .hasRole("ADMIN")
                        .requestMatchers(paths.matcher("/audit"), paths.matcher("/audit/**"), paths.matcher("/operations/**"))
                        .hasRole("AUDITOR")
                        // An earlier state of any page is the auditor's, as it is in the API.
                        .requestMatchers(request -> hasText(request.getParameter(AsOf.PARAMETER))).hasRole("AUDITOR")
                        .anyRequest().hasRole("VIEWER"));
        signIn.configure(http);
        return http.build();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
