package ties.app.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JWT's roles from a configurable claim ({@code ties.security.oidc.roles-claim}, a dotted path
 * such as Keycloak's {@code realm_access.roles}) and its user's name from another. Claimed roles map
 * to {@link Role} by name, ignoring case and an optional prefix; unknown ones give no access.
 */
final class OidcClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings.Oidc settings;

    OidcClaims(SecuritySettings.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = claimed(jwt).stream()
                .map(this::withoutPrefix).map(Role::named).flatMap(Optional::stream).distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        String name = Optional.ofNullable(jwt.getClaimAsString(settings.nameClaim())).filter(n -> !n.isBlank())
                .orElse(jwt.getSubject());
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    private List<String> claimed(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String step : settings.rolesClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }

    private String withoutPrefix(String role) {
        String prefix = settings.rolePrefix();
        return !prefix.isEmpty() && role.regionMatches(true, 0, prefix, 0, prefix.length())
                ? role.substring(prefix.length()) : role;
    }
}
