package ties.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderRulesTest {

    /** Spring Security's own rules (StrictHttpFirewall 6.5), which HeaderRules must match exactly. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void accepts_and_refuses_every_code_point_as_springs_patterns_do() {
        List<String> differing = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "X-" + new String(Character.toChars(codePoint)) + "b";
            if (HeaderRules.assignedAndNotControl(text) != NAMES.matcher(text).matches()
                    || HeaderRules.headerValue(text) != VALUES.matcher(text).matches()) {
                differing.add(Integer.toHexString(codePoint));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void reads_real_headers_and_refuses_broken_ones_as_spring_does() {
        List<String> samples = List.of("Bearer ties_demo_editor_token", "application/json; charset=UTF-8",
                "Mozilla/5.0 (X11; Linux x86_64)\tGecko", "گزارش دان", "\uD83C\uDDEE\uD83C\uDDF7 Iran",
                "lone \uD800 surrogate", "\uDC00", "line\nbreak", "nul\u0000", "del\u007f", "c1\u0085", "", "\u0378");
        for (String sample : samples) {
            assertThat(HeaderRules.headerValue(sample)).as(sample).isEqualTo(VALUES.matcher(sample).matches());
            assertThat(HeaderRules.assignedAndNotControl(sample)).as(sample).isEqualTo(NAMES.matcher(sample).matches());
        }
    }

    @Test
    void the_firewall_refuses_a_control_character_in_a_header_the_service_reads() {
        StrictHttpFirewall firewall = HeaderRules.firewall();
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/initiatives/ir-pk-joint-border-patrol");
        request.addHeader("X-Request-Id", "dawn-2025-01-15\u0007");
        request.addHeader("Authorization", "Bearer ties_demo_editor_token");

        var firewalled = firewall.getFirewalledRequest(request);

        assertThat(firewalled.getHeader("Authorization")).isEqualTo("Bearer ties_demo_editor_token");
        assertThatThrownBy(() -> firewalled.getHeader("X-Request-Id")).isInstanceOf(RequestRejectedException.class);
    }
}
