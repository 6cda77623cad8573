package ties.app.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The people of {@code ties.security.users}, checked when the service starts: a password that is not
 * a bcrypt hash (a plain password pasted into the configuration, say) stops the start.
 */
final class ConfiguredUsers implements UserDetailsService {

    static final Pattern NAME = Pattern.compile("[\\p{Alnum}._@+-]{1,100}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    private final Map<String, UserDetails> users;

    ConfiguredUsers(List<SecuritySettings.User> configured) {
        for (int i = 0; i < configured.size(); i++) {
            SecuritySettings.User user = configured.get(i);
            String where = "ties.security.users[" + i + "]";
            require(user.name() != null && NAME.matcher(user.name()).matches(),
                    where + ".name must be 1 to 100 letters, digits or ._@+-");
            require(user.password() != null && BCRYPT.matcher(user.password()).matches(), where + ".password must be a "
                    + "bcrypt hash ($2a$10$...), never the password itself: java -jar ties.jar hash-password");
            require(user.roles() != null && !user.roles().isEmpty(), where + ".roles must name at least one of "
                    + List.of(Role.values()));
        }
        this.users = configured.stream().collect(Collectors.toMap(SecuritySettings.User::name, ConfiguredUsers::details,
                (a, b) -> {
                    throw new IllegalStateException("ties.security.users names '" + a.getUsername() + "' twice");
                }));
    }

    private static UserDetails details(SecuritySettings.User user) {
        return User.withUsername(user.name()).password(user.password())
                .authorities(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .build();
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        // A copy: Spring Security erases the credentials of the user it authenticated.
        return User.withUserDetails(user).build();
    }
}
