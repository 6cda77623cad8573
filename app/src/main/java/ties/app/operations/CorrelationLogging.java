package ties.app.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryBus;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Puts ids into every log line: the client's request id while a request is served, and the Axon
 * correlation id while a command, event or query is handled (the pattern is
 * {@code logging.pattern.correlation}), so one write can be followed from request to projections.
 *
 * <p>It registers its interceptor itself and is not a {@code MessageHandlerInterceptor} bean: Axon's
 * Spring Boot auto-configuration registers every such bean with the buses and every processor as
 * well, so each command, query and event was wrapped twice.
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationLogging extends OncePerRequestFilter {

    static final String REQUEST_ID = "requestId";
    static final String CORRELATION_ID = "correlationId";
    private static final Pattern PRINTABLE_ID = Pattern.compile("[\\p{Alnum}._:@/+=-]{1,100}");

    @Autowired
    void register(CommandBus commandBus, QueryBus queryBus, EventProcessingConfigurer processors) {
        commandBus.registerHandlerInterceptor(this::correlated);
        queryBus.registerHandlerInterceptor(this::correlated);
        processors.registerDefaultHandlerInterceptor((configuration, name) -> this::correlated);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader("X-Request-Id");
        // Only well-formed ids reach the logs: a header must not be able to forge log lines.
        MDC.put(REQUEST_ID, requestId != null && PRINTABLE_ID.matcher(requestId).matches() ? requestId : "-");
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
        }
    }

    private Object correlated(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Object correlation = message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier());
        String previous = MDC.get(CORRELATION_ID);
        MDC.put(CORRELATION_ID, String.valueOf(correlation));
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(CORRELATION_ID);
            } else {
                MDC.put(CORRELATION_ID, previous);
            }
        }
    }
}
