package ties.app.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.function.SingletonSupplier;
import ties.ui.PageSignIn;

import java.net.URI;
import java.util.function.Supplier;

/**
 * OIDC mode: people sign in to the pages at the API's issuer with the authorization-code flow, as the
 * pages' client ({@code ties.security.oidc.client.*}). Their roles and name come from the ID token and
 * user info through {@link OidcClaims}, as an API call's JWT's do. Signing out ends the session and, if
 * the issuer advertises an {@code end_session_endpoint}, continues there to end the issuer's session too.
 */
final class IssuerSignIn implements PageSignIn {

    static final String REGISTRATION = "ties";
    /** Where the sign-in starts: Spring sends the browser on to the issuer's authorization endpoint. */
    static final String START = "/oauth2/authorization/" + REGISTRATION;
    private static final String SIGNED_OUT = "/login?signedOut";

    private final ClientRegistrationRepository clients;
    private final OidcClaims claims;
    private final String issuerOrigin;

    IssuerSignIn(String issuer, SecuritySettings.Client client, OidcClaims claims) {
        if (client.id().isBlank()) {
            throw new IllegalStateException("The oidc security mode signs people in to the web pages at the issuer "
                    + "and needs the client registered there for them: set TIES_OIDC_CLIENT_ID "
                    + "(ties.security.oidc.client.id) and, for a confidential client, TIES_OIDC_CLIENT_SECRET");
        }
        Supplier<ClientRegistration> registration = SingletonSupplier.of(() -> register(issuer, client));
        this.clients = id -> REGISTRATION.equals(id) ? registration.get() : null;
        this.claims = claims;
        URI uri = URI.create(issuer);
        this.issuerOrigin = uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /**
     * Read from the issuer's discovery document on the first sign-in, not at start-up: as for the API's
     * keys, an issuer that is down for a moment keeps Ties from signing people in, not from starting.
     * A failed read is tried again at the next sign-in.
     */
    private static ClientRegistration register(String issuer, SecuritySettings.Client client) {
        ClientRegistration.Builder registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION).clientId(client.id()).clientSecret(client.secret()).scope(client.scopes());
        if (client.secret().isBlank()) {
            // A public client: Spring then proves the code's origin with PKCE instead of a secret.
            registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return registration.build();
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        OidcUserService users = new OidcUserService();
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
        signedOut.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
        signedOut.setDefaultTargetUrl(SIGNED_OUT);
        http
                .oauth2Login(login -> login
                        .clientRegistrationRepository(clients)
                        // The session holds the tokens, and they end with it.
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .loginPage(START)
                        .failureUrl("/login?error")
                        .defaultSuccessUrl("/board")
                        .userInfoEndpoint(info -> info.oidcUserService(request -> claims.person(users.loadUser(request)))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut));
    }

    @Override
    public String formTargets() {
        return issuerOrigin;
    }

    @Override
    public String externalSignIn() {
        return START;
    }
}
