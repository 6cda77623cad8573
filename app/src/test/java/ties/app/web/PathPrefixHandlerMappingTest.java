package ties.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathPrefixHandlerMappingTest {

    private final RequestMappingHandlerMapping spring = mapping(new RequestMappingHandlerMapping());
    private final RequestMappingHandlerMapping prefixed = mapping(new PathPrefixHandlerMapping());

    @Test
    void a_path_with_a_variable_is_matched_among_the_mappings_it_can_reach_only() throws Exception {
        CountingRequest bySpring = request("PUT", "/api/initiatives/ir-pk-joint-border-patrol");
        CountingRequest byPrefix = request("PUT", "/api/initiatives/ir-pk-joint-border-patrol");

        assertThat(handler(spring, bySpring)).isEqualTo("record");
        assertThat(handler(prefixed, byPrefix)).isEqualTo("record");
        // Spring reads the method once or more for each of the 14 mappings; here only for the 5 under
        // /api/initiatives/ and the page pattern that starts with a variable.
        assertThat(byPrefix.methodReads).isPositive().isLessThan(bySpring.methodReads / 2);
    }

    @Test
    void finds_what_spring_finds() throws Exception {
        for (String[] call : new String[][]{
                {"GET", "/api/initiatives"}, {"GET", "/api/initiatives/ir-pk-joint-border-patrol"},
                {"GET", "/api/initiatives/ir-pk-joint-border-patrol/as-of/2025-01-15T10:00:00Z"},
                {"POST", "/api/initiatives/ir-pk-joint-border-patrol/statements"},
                {"GET", "/api/timeline"}, {"GET", "/api/actors/asim-munir"}, {"GET", "/board"},
                {"GET", "/about"}, {"GET", "/api/initiativ%65s/ir-pk-joint-border-patrol"}}) {
            assertThat(handler(prefixed, request(call[0], call[1])))
                    .as(call[0] + " " + call[1]).isEqualTo(handler(spring, request(call[0], call[1])));
        }
        assertThat(handler(prefixed, request("GET", "/api/initiativ%65s/ir-pk-joint-border-patrol"))).isEqualTo("initiative");
        assertThat(handler(prefixed, request("GET", "/about"))).isEqualTo("page");
        assertThat(prefixed.getHandler(request("GET", "/no/such/place"))).isNull();
    }

    @Test
    void a_method_the_path_does_not_take_is_refused_as_spring_refuses_it() {
        assertThatThrownBy(() -> prefixed.getHandler(request("DELETE", "/api/initiatives/ir-pk-joint-border-patrol")))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class)
                .hasMessageContaining("DELETE");
    }

    private static String handler(RequestMappingHandlerMapping mapping, HttpServletRequest request) throws Exception {
        HandlerExecutionChain chain = mapping.getHandler(request);
        return chain == null ? null : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }

    private static CountingRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        ServletRequestPathUtils.parseAndCache(request);
        return new CountingRequest(request);
    }

    private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("initiatives", Initiatives.class);
        context.registerSingleton("elsewhere", Elsewhere.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    /** Counts how often the mapping asks for the method: once or more per mapping it checks in full. */
    static final class CountingRequest extends HttpServletRequestWrapper {
        int methodReads;

        CountingRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            methodReads++;
            return super.getMethod();
        }
    }

    @RestController
    @RequestMapping("/api/initiatives")
    static class Initiatives {
        @GetMapping
        public String board() {
            return "";
        }

        @GetMapping("/{id}")
        public String initiative(@PathVariable String id) {
            return id;
        }

        @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
        public String record(@PathVariable String id) {
            return id;
        }

        @GetMapping("/{id}/as-of/{time}")
        public String asOf(@PathVariable String id, @PathVariable String time) {
            return id;
        }
    }

    @RestController
    static class Elsewhere {
        @PostMapping("/api/initiatives/{id}/statements")
        public String statement(@PathVariable String id) {
            return id;
        }

        @GetMapping("/api/timeline")
        public String timeline() {
            return "";
        }

        @GetMapping("/api/actors/{id}")
        public String actor(@PathVariable String id) {
            return id;
        }

        @PutMapping("/api/actors/{id}")
        public String recordActor(@PathVariable String id) {
            return id;
        }

        @GetMapping("/api/visits/{id}")
        public String visit(@PathVariable String id) {
            return id;
        }

        @PutMapping("/api/visits/{id}")
        public String recordVisit(@PathVariable String id) {
            return id;
        }

        @GetMapping("/api/engagements/{id}")
        public String engagement(@PathVariable String id) {
            return id;
        }

        @GetMapping("/board")
        public String boardPage() {
            return "";
        }

        @GetMapping("/timeline")
        public String timelinePage() {
            return "";
        }

        @GetMapping("/{page}")
        public String page(@PathVariable String page) {
            return page;
        }
    }
}
