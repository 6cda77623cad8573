package ties.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import ties.app.web.ProblemType;
import ties.app.web.ProblemWriter;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * 401 and 403 as problem+json, saying what to do: sign in, or which role the request needs.
 *
 * <p>The 401 challenge names only {@code Bearer}: a {@code Basic} challenge would make browsers show
 * their sign-in dialog and then send the password with every request to Ties, including requests
 * forged by other sites (see docs/security.md on CSRF). HTTP Basic still works for clients that send
 * it unasked, as curl {@code -u}, Swagger UI and other HTTP libraries do.
 */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    public SecurityProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail;
        if (e instanceof InsufficientAuthenticationException) {
            detail = "sign in to " + request.getMethod() + " " + request.getRequestURI()
                    + ": send HTTP Basic credentials or an 'Authorization: Bearer' token";
        } else if (e instanceof OAuth2AuthenticationException) {
            detail = "the bearer token was not accepted: it is unknown, expired or malformed";
        } else {
            detail = "the user name or password is wrong";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ties\"");
        problems.write(response, ProblemType.UNAUTHENTICATED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String roles = user == null ? "none" : user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().collect(Collectors.joining(", "));
        String needs = AccessRules.ruleFor(request)
                .map(rule -> "it needs the " + rule.who() + " role (rule '" + rule.description() + "')")
                .orElse("no role may call it");
        problems.write(response, ProblemType.FORBIDDEN, "your roles (" + (roles.isEmpty() ? "none" : roles)
                + ") do not allow " + request.getMethod() + " " + request.getRequestURI() + "; " + needs);
    }
}
