package ties.app.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads roles from a configurable claim ({@code ties.security.oidc.roles-claim}, a dotted path such as
 * Keycloak's {@code realm_access.roles}) and the user's name from another, for both ways the issuer's
 * people arrive: an API call's JWT and a page sign-in's ID token and user info. Claimed roles map to
 * {@link Role} by name, ignoring case and an optional prefix; unknown ones give no access.
 */
final class OidcClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings.Oidc settings;

    OidcClaims(SecuritySettings.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Map<String, Object> claims = jwt.getClaims();
        return new JwtAuthenticationToken(jwt, roles(claims), jwt.getClaimAsString(nameClaim(claims)));
    }

    /** A person signed in at the pages, with the roles and name their claims would give an API call. */
    OidcUser person(OidcUser signedIn) {
        Map<String, Object> claims = signedIn.getClaims();
        return new DefaultOidcUser(roles(claims), signedIn.getIdToken(), signedIn.getUserInfo(), nameClaim(claims));
    }

    private List<GrantedAuthority> roles(Map<String, Object> claims) {
        return claimed(claims).stream()
                .map(this::withoutPrefix).map(Role::named).flatMap(Optional::stream).distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** The configured name claim if it names the user, else the subject. */
    private String nameClaim(Map<String, Object> claims) {
        Object name = claims.get(settings.nameClaim());
        return name != null && !name.toString().isBlank() ? settings.nameClaim() : IdTokenClaimNames.SUB;
    }

    private List<String> claimed(Map<String, Object> claims) {
        Object value = claims;
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
