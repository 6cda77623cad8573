package ties.app.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in user may do. Roles nest: an editor and an auditor can each do all a viewer can,
 * an admin can do everything.
 *
 * <table>
 *   <tr><th>role</th><th>may</th></tr>
 *   <tr><td>VIEWER</td><td>read models and live feeds</td></tr>
 *   <tr><td>EDITOR</td><td>viewer + record, correct, withdraw, import</td></tr>
 *   <tr><td>AUDITOR</td><td>viewer + history, as-of queries, exports, integrity checks, projection rebuilds</td></tr>
 *   <tr><td>ADMIN</td><td>everything, including operations (actuator, dead letters, tokens)</td></tr>
 * </table>
 */
public enum Role {
    VIEWER, EDITOR, AUDITOR, ADMIN;

    /** The Spring Security authority that stands for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a configured or claimed name stands for ("editor", "EDITOR", "ROLE_EDITOR"), if any. */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (upper.startsWith("ROLE_")) {
            upper = upper.substring(5);
        }
        for (Role role : values()) {
            if (role.name().equals(upper)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The nesting of roles, applied by Spring Security wherever it checks one. */
    public static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN.name()).implies(EDITOR.name(), AUDITOR.name())
                .role(EDITOR.name()).implies(VIEWER.name())
                .role(AUDITOR.name()).implies(VIEWER.name())
                .build();
    }
}
