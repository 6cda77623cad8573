package ties.app.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The oidc mode does not start with pages nobody can sign in to: the pages' client must be named. */
@DisplayName("OIDC page sign-in: the client id is required")
class IssuerSignInTest {

    @Test
    void without_a_client_id_the_service_refuses_to_start_and_names_the_variable() {
        SecuritySettings.Oidc oidc = new SecuritySettings.Oidc("realm_access.roles", "ties-", "preferred_username",
                new SecuritySettings.Client("", "", List.of("openid", "profile")));

        assertThatThrownBy(() -> new IssuerSignIn("https://sso.mod.gov.pk/realms/ties", oidc.client(), new OidcClaims(oidc)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TIES_OIDC_CLIENT_ID");
    }
}
