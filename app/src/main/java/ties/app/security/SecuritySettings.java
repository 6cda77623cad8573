package ties.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code ties.security.*}: who may sign in, and how.
 *
 * @param mode   {@code embedded} (users and tokens below) or {@code oidc} (JWTs from an OpenID Connect
 *               issuer; profile {@code oidc} sets it)
 * @param users  people who sign in with HTTP Basic; passwords are bcrypt hashes
 * @param tokens API clients that send {@code Authorization: Bearer <token>}; tokens are stored as SHA-256 hashes
 * @param cors   browser origins allowed to call the API from scripts (none by default)
 * @param oidc   how a JWT's claims map to a name and roles
 */
@ConfigurationProperties("ties.security")
public record SecuritySettings(
        @DefaultValue("embedded") Mode mode,
        @DefaultValue List<User> users,
        @DefaultValue List<Token> tokens,
        @DefaultValue Cors cors,
        @DefaultValue Oidc oidc) {

    public enum Mode { EMBEDDED, OIDC }

    /** A person: name, bcrypt hash of the password ({@code $2a$}, {@code $2b$} or {@code $2y$}), roles. */
    public record User(String name, String password, List<Role> roles) {
    }

    /** An API client: name, hex SHA-256 of the token, roles. */
    public record Token(String name, String sha256, List<Role> roles) {
    }

    /** @param allowedOrigins e.g. {@code https://ties.example.org}; empty keeps cross-origin calls closed */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /**
     * @param rolesClaim the claim holding the roles, a dotted path for nested claims
     *                   ({@code realm_access.roles}); a list or a space- or comma-separated string
     * @param rolePrefix stripped from claimed roles before matching, e.g. {@code ties-} for groups named
     *                   {@code ties-editor}; roles that match no {@link Role} are ignored
     * @param nameClaim  the claim that names the user in "recorded by"
     * @param client     how the pages sign people in at the issuer
     */
    public record Oidc(@DefaultValue("roles") String rolesClaim,
                       @DefaultValue("") String rolePrefix,
                       @DefaultValue("sub") String nameClaim,
                       @DefaultValue Client client) {
    }

    /**
     * The pages' client at the issuer (authorization-code flow).
     *
     * @param id     the client id registered at the issuer; the oidc mode does not start without one
     * @param secret its secret; empty for a public client, which then proves itself with PKCE
     * @param scopes asked for at sign-in; the roles and name claims must be in the ID token or user info
     */
    public record Client(@DefaultValue("") String id,
                         @DefaultValue("") String secret,
                         @DefaultValue({"openid", "profile"}) List<String> scopes) {
    }
}
