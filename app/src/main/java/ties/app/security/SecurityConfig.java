package ties.app.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import ties.app.web.ProblemType;
import ties.app.web.ProblemWriter;
import ties.ui.PageSignIn;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may do what ({@link AccessRules}), how they sign in (embedded users and tokens, or an OIDC
 * issuer's JWTs), and the headers every response carries.
 *
 * <p>The API is stateless: every request carries its credentials, no session or cookie is ever
 * created, so there is no browser session for a forged cross-site request to ride on and CSRF
 * tokens would protect nothing. What stays true without them: the 401 challenge never asks a browser
 * for Basic credentials (it would then replay them), every write takes only {@code application/json}
 * (which a cross-site form cannot send, and a cross-site script may send only after a CORS preflight),
 * and CORS is closed unless {@code ties.security.cors.allowed-origins} opens it. See docs/security.md.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfig {

    /** The API's own answers are data, never pages: nothing may load, run or frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Swagger UI is a page: its own scripts, styles and images only. */
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    /**
     * No observation around each filter of the chain, nor around authentication and authorization:
     * they wrapped every request in a dozen nested observations, part of the 2 ms a create command
     * spent outside its controller (profile in issue 15), and fed no metric anyone reads. The HTTP
     * server observation still times every request as a whole.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's firewall, its header rules checked without a regex per header (HeaderRules). */
    @Bean
    static HttpFirewall httpFirewall() {
        return HeaderRules.firewall();
    }

    @Bean
    static HandlerLookupOnce handlerLookupOnce() {
        return new HandlerLookupOnce();
    }

    /** The HTTP methods the API uses at all; the firewall refuses others (TRACE, CONNECT, made-up ones). */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

    /**
     * A method the firewall refuses is a 405 (RFC 9110); a URL it refuses (encoded slashes or dots, ";",
     * "//"...) is malformed input, answered as such.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter writer) {
        return (request, response, e) -> {
            if (!METHODS.contains(request.getMethod())) {
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", new TreeSet<>(METHODS)));
                writer.write(response, ProblemType.METHOD_NOT_ALLOWED, "Ties does not answer " + request.getMethod()
                        + " requests");
                return;
            }
            writer.write(response, ProblemType.MALFORMED, "the request URL is not acceptable: " + e.getMessage());
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SignIn signIn, SecurityProblems problems, SecuritySettings settings,
                            ProblemWriter writer) throws Exception {
        RequestMatcher docs = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .addFilterAfter(corsFilter(settings.cors(), writer), HeaderWriterFilter.class)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(docs),
                                new StaticHeadersWriter("Content-Security-Policy", API_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(docs,
                                new StaticHeadersWriter("Content-Security-Policy", DOCS_POLICY))))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(authorize -> {
                    // Errors and the later parts of streamed answers belong to a request already let in.
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    for (AccessRules.Rule rule : AccessRules.RULES) {
                        var matched = authorize.requestMatchers(rule.matcher());
                        if (rule.who() == AccessRules.Who.ANYONE) {
                            matched.permitAll();
                        } else {
                            matched.hasRole(rule.who().role().name());
                        }
                    }
                    authorize.anyRequest().denyAll();
                });
        signIn.configure(http, problems);
        return http.build();
    }

    /** Closed unless origins are configured; a refused origin gets a problem like any other refusal. */
    private static CorsFilter corsFilter(SecuritySettings.Cors cors, ProblemWriter writer) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!cors.allowedOrigins().isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(cors.allowedOrigins());
            config.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
            config.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                    "X-Request-Id", "Last-Event-ID"));
            config.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
            config.setAllowCredentials(false);
            config.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/**", config);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(writer));
        return filter;
    }

    /** How a request proves who sent it; one per {@code ties.security.mode}. */
    interface SignIn {
        void configure(HttpSecurity http, SecurityProblems problems) throws Exception;
    }

    /** Embedded: users with bcrypt passwords over HTTP Basic, API clients with hashed bearer tokens. */
    @Configuration
    @ConditionalOnProperty(name = "ties.security.mode", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean
        ConfiguredUsers users(SecuritySettings settings) {
            return new ConfiguredUsers(settings.users());
        }

        @Bean
        SignIn embeddedSignIn(ConfiguredUsers users, SecuritySettings settings) {
            DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
            passwords.setPasswordEncoder(new BCryptPasswordEncoder());
            OpaqueTokenAuthenticationProvider tokens = new OpaqueTokenAuthenticationProvider(
                    new ConfiguredTokens(settings.tokens()));
            ProviderManager manager = new ProviderManager(passwords, tokens);
            return (http, problems) -> http
                    .authenticationManager(manager)
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .oauth2ResourceServer(bearer -> bearer
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems)
                            .opaqueToken(opaque -> opaque.authenticationManager(manager)));
        }
    }

    /**
     * OIDC: JWTs from the issuer in {@code spring.security.oauth2.resourceserver.jwt.*}, roles from a claim;
     * people sign in to the pages at the same issuer, their roles read from the same claim.
     */
    @Configuration
    @ConditionalOnProperty(name = "ties.security.mode", havingValue = "oidc")
    static class Oidc {

        @Bean
        OidcClaims oidcClaims(SecuritySettings settings) {
            return new OidcClaims(settings.oidc());
        }

        @Bean
        SignIn oidcSignIn(OidcClaims claims) {
            return (http, problems) -> http.oauth2ResourceServer(bearer -> bearer
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(claims)));
        }

        @Bean
        PageSignIn issuerSignIn(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                                SecuritySettings settings, OidcClaims claims) {
            return new IssuerSignIn(issuer, settings.oidc().client(), claims);
        }
    }
}
