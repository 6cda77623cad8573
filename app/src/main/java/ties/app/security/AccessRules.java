package ties.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call what: the one table of access rules, read top to bottom; the first rule that matches a
 * request decides. A request no rule matches is refused, so an endpoint added outside these paths
 * stays closed until a rule names it (and {@code RoleMatrixTest} fails until its table does too).
 * Roles nest as {@link Role} says, so "EDITOR" also admits admins.
 */
public final class AccessRules {

    /** Who a rule admits. */
    public enum Who {
        ANYONE, VIEWER, EDITOR, AUDITOR, ADMIN;

        Role role() {
            return this == ANYONE ? null : Role.valueOf(name());
        }
    }

    private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<HttpMethod> ANY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    /** The parameter that asks a read model for its state at an earlier recorded time. */
    public static final String AS_OF = "asOf";

    public static final List<Rule> RULES = List.of(
            //   methods  paths                                                    who
            rule(READ,  List.of("/actuator/health", "/actuator/health/**"),        Who.ANYONE),
            rule(READ,  List.of("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**"),              Who.ANYONE),
            rule(ANY,   List.of("/actuator/**"),                                    Who.ADMIN),
            rule(ANY,   List.of("/api/admin/read-models/**"),                        Who.AUDITOR),
            rule(ANY,   List.of("/api/admin/**"),                                   Who.ADMIN),
            rule(ANY,   List.of("/api/audit/**"),                                   Who.AUDITOR),
            rule(ANY,   List.of("/api/import/**"),                                  Who.EDITOR),
            asOf(READ,  List.of("/api/**"),                                         Who.AUDITOR),
            rule(READ,  List.of("/api/**"),                                         Who.VIEWER),
            rule(WRITE, List.of("/api/**"),                                         Who.EDITOR)
            // everything else: refused
    );

    private AccessRules() {
    }

    /**
     * One line of the table.
     *
     * @param description the rule as a reader would state it, e.g. "GET,HEAD /api/** with asOf"
     */
    public record Rule(String description, RequestMatcher matcher, Who who) {
    }

    /** The rule that decides {@code request}, or empty when none does (the request is refused). */
    public static Optional<Rule> ruleFor(HttpServletRequest request) {
        return RULES.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
    }

    private static Rule rule(Set<HttpMethod> methods, List<String> paths, Who who) {
        return new Rule(describe(methods, paths), matcher(methods, paths), who);
    }

    /** A rule for reads of an earlier state ({@value #AS_OF}), which are the auditor's. */
    private static Rule asOf(Set<HttpMethod> methods, List<String> paths, Who who) {
        RequestMatcher onPaths = matcher(methods, paths);
        RequestMatcher matcher = request -> onPaths.matches(request) && hasText(request.getParameter(AS_OF));
        return new Rule(describe(methods, paths) + " with ?" + AS_OF, matcher, who);
    }

    /** An empty {@code asOf=} asks for no earlier state: it is refused as invalid input, not as the auditor's. */
    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static RequestMatcher matcher(Set<HttpMethod> methods, List<String> paths) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> matchers = methods.stream()
                .flatMap(method -> paths.stream().map(path -> (RequestMatcher) builder.matcher(method, path)))
                .toList();
        return new OrRequestMatcher(matchers);
    }

    private static String describe(Set<HttpMethod> methods, List<String> paths) {
        String verbs = methods == ANY ? "*" : methods.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(","));
        return verbs + " " + String.join(" ", paths);
    }
}
