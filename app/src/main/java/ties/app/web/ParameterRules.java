package ties.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ties.fact.Rejection;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query parameters are part of an endpoint's contract: a parameter the endpoint does not take (a typo such
 * as {@code ?stauts=AGREED}) or one given without a value ({@code ?asOf=}) would otherwise be ignored, and the
 * client would read an answer to a question it did not ask. Both are refused with 400, for every endpoint of
 * Ties, from the {@link RequestParam}s its handler declares. (Rules on values live on the parameters as
 * Bean Validation constraints, which Spring checks and the API description shows.)
 */
@Component
public class ParameterRules implements HandlerInterceptor, WebMvcConfigurer {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("ties.")) {
            return true;
        }
        Set<String> names = known.computeIfAbsent(method, ParameterRules::parameterNames);
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!names.contains(name)) {
                throw Rejection.invalid(name, names.isEmpty() ? "this endpoint takes no query parameters, not '" + name + "'"
                        : "'" + name + "' is not a parameter of this endpoint; it takes " + String.join(", ", names));
            }
            if (Arrays.stream(parameter.getValue()).anyMatch(value -> value == null || value.isBlank())) {
                throw Rejection.invalid(name, "'" + name + "' is given without a value: give one, or leave the parameter out");
            }
        }
        return true;
    }

    private static Set<String> parameterNames(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            }
        }
        return names;
    }
}
