package ties.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Embedded mode: people sign in with the login form, against the API's own users
 * ({@code ties.security.users}, the {@link UserDetailsService} the app configures in this mode).
 */
@Component
@ConditionalOnProperty(name = "ties.security.mode", havingValue = "embedded", matchIfMissing = true)
class FormSignIn implements PageSignIn {

    private final ProviderManager passwords;

    FormSignIn(UserDetailsService people) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(people);
        provider.setPasswordEncoder(new BCryptPasswordEncoder());
        this.passwords = new ProviderManager(provider);
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http
                .authenticationManager(passwords)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/board").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll());
    }
}
