package ties.ui;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people sign in at the pages, one per {@code ties.security.mode}: the rest of the page chain
 * (which pages, which role each needs, CSRF, headers) is {@link PageSecurity}'s, the same in every mode.
 */
public interface PageSignIn {

    /** Adds sign-in and sign-out to the page chain; signed-out people end at {@code /login?signedOut}. */
    void configure(HttpSecurity http) throws Exception;

    /**
     * Where a page's form may send the browser besides Ties itself (the policy's {@code form-action}):
     * a sign-out that continues at an issuer is a form whose answer redirects there.
     */
    default String formTargets() {
        return "";
    }

    /** Where the login page sends people instead of showing its own form; empty for the name-and-password form. */
    default String externalSignIn() {
        return "";
    }
}
