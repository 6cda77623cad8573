package ties.app.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API clients of {@code ties.security.tokens}. Only the SHA-256 of each token is configured, so
 * the configuration does not hold a usable secret; a presented token is hashed and compared with
 * every configured hash in constant time. Tokens are long random strings ({@link #newToken()}), so a
 * fast hash is enough: there is nothing to guess that a slow one would protect.
 *
 * <p>Plugged into Spring Security's bearer-token filter as an "introspector", so that
 * {@code Authorization: Bearer} is parsed and refused exactly as for JWTs.
 */
final class ConfiguredTokens implements OpaqueTokenIntrospector {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private record Entry(String name, byte[] hash, List<GrantedAuthority> authorities) {
    }

    private final List<Entry> tokens;

    ConfiguredTokens(List<SecuritySettings.Token> configured) {
        for (int i = 0; i < configured.size(); i++) {
            SecuritySettings.Token token = configured.get(i);
            String where = "ties.security.tokens[" + i + "]";
            ConfiguredUsers.require(token.name() != null && ConfiguredUsers.NAME.matcher(token.name()).matches(),
                    where + ".name must be 1 to 100 letters, digits or ._@+-");
            ConfiguredUsers.require(token.sha256() != null && SHA256_HEX.matcher(token.sha256()).matches(), where
                    + ".sha256 must be the token's SHA-256 in lower-case hex, never the token: java -jar ties.jar new-token");
            ConfiguredUsers.require(token.roles() != null && !token.roles().isEmpty(), where
                    + ".roles must name at least one of " + List.of(Role.values()));
        }
        this.tokens = configured.stream().map(t -> new Entry(t.name(), HexFormat.of().parseHex(t.sha256()),
                t.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList()))
                .toList();
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        byte[] presented = sha256(token);
        Entry found = null;
        for (Entry entry : tokens) {
            // every entry is compared, so the time taken does not tell which one matched
            if (MessageDigest.isEqual(entry.hash(), presented) && found == null) {
                found = entry;
            }
        }
        if (found == null) {
            throw new BadOpaqueTokenException("unknown token");
        }
        return new DefaultOAuth2AuthenticatedPrincipal(found.name(), Map.of("sub", found.name()), found.authorities());
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new token: 32 random bytes, URL-safe, with a prefix that secret scanners can recognise. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "ties_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
