package ties.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spring's request mapping for the API and the pages, which first looks only at the mappings whose
 * path could match. A path with a variable ({@code PUT /api/initiatives/{id}}) has no direct match,
 * so Spring tries every one of the service's ~150 mappings in turn: its method, consumes and produces
 * conditions, each reading the request through eight wrappers, before its path. That was a tenth of a
 * request thread's CPU for a create (JFR, issue 15). A mapping whose patterns' literal beginnings
 * ({@code /api/initiatives/} of {@code /api/initiatives/{id}}) the path does not start with cannot
 * match, and is skipped before any condition is read; the rest are matched exactly as Spring does.
 *
 * <p>Paths with {@code %} or {@code ;} are matched by Spring alone: its patterns match decoded segments
 * without path parameters, which a literal comparison with the raw path would not.
 */
class PathPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String> PLAIN_LOOKUP_PATH = new ThreadLocal<>();

    /** Filled as mappings are registered, read by every lookup: a plain get, no locking. */
    private final Map<RequestMappingInfo, String[]> beginnings = new ConcurrentHashMap<>();

    /** Has Spring Boot configure this mapping in place of its own. */
    @Component
    static class Registration implements WebMvcRegistrations {
        @Override
        public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
            return new PathPrefixHandlerMapping();
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        PLAIN_LOOKUP_PATH.set(lookupPath);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            PLAIN_LOOKUP_PATH.remove();
        }
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        beginnings.put(mapping, literalBeginnings(mapping));
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        beginnings.put(mapping, literalBeginnings(mapping));
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        beginnings.remove(mapping);
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = PLAIN_LOOKUP_PATH.get();
        if (path != null && !mayMatch(path, beginnings.get(info))) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** Whether the path starts with one of the beginnings; true when they are not known. */
    private static boolean mayMatch(String path, String[] beginnings) {
        if (beginnings == null) {
            return true;
        }
        for (String beginning : beginnings) {
            if (path.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    /** What every path a mapping matches starts with, per pattern; "" (anything) when it is not known. */
    private static String[] literalBeginnings(RequestMappingInfo info) {
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return new String[]{""};
        }
        return patterns.getPatterns().stream().map(PathPattern::getPatternString)
                .map(pattern -> {
                    int wild = indexOfAny(pattern, "{*?");
                    return wild < 0 ? pattern : pattern.substring(0, wild);
                }).toArray(String[]::new);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
