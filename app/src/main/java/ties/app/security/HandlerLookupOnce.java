package ties.app.security;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

import java.util.List;

/**
 * Takes away the filter Spring Security puts before its chain to look up each request's Spring MVC
 * handler in advance. That lookup serves {@code MvcRequestMatcher} and CORS sources built on
 * {@code HandlerMappingIntrospector}; Ties matches paths with {@code PathPatternRequestMatcher} and keeps
 * its own CORS source, so nothing read it, and the DispatcherServlet looked the handler up again. Every
 * API path with an id in it walks all of Spring MVC's mappings, and each request now walks them once. The
 * walk left behind costs about what the first one did (it pays for fetching the mappings into the cache), so
 * profiles under a PostgreSQL create load show 0 to 1.6 points of CPU saved, not the 5.9 % the unused lookup
 * held (docs/benchmarks.md, issue 15, tenth pass).
 *
 * <p>Security registers its chain as a composite of that filter and the chain itself; this puts the chain
 * back under its name. A composite of another shape fails the start rather than being left half-known.
 */
final class HandlerLookupOnce implements BeanFactoryPostProcessor {

    private static final String CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
    private static final String COMPOSITE = "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    private static final String LOOKUP_FILTER = "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) throws BeansException {
        if (!(factory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition composite = registry.getBeanDefinition(CHAIN);
        if (!endsWith(composite, COMPOSITE)) {
            return;
        }
        ValueHolder filters = composite.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        if (filters == null || !(filters.getValue() instanceof List<?> parts) || parts.size() != 2
                || !(parts.get(0) instanceof BeanDefinition lookup) || !endsWith(lookup, LOOKUP_FILTER)
                || !(parts.get(1) instanceof BeanDefinition chain)) {
            throw new IllegalStateException("Spring Security's filter chain is wrapped in a way Ties does not know: "
                    + composite);
        }
        registry.removeBeanDefinition(CHAIN);
        registry.registerBeanDefinition(CHAIN, chain);
    }

    private static boolean endsWith(BeanDefinition definition, String className) {
        return definition.getBeanClassName() != null && definition.getBeanClassName().endsWith(className);
    }
}
