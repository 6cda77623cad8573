package ties.query.store;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/** Resolves {@link Recorded} handler parameters; registered through {@code META-INF/services}. */
public class RecordedResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Recorded> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (parameters[index].getType() != Recorded.class) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Recorded resolveParameterValue(Message<?> message) {
                return Recorded.of((EventMessage<?>) message);
            }

            @Override
            public boolean matches(Message<?> message) {
                return message instanceof EventMessage;
            }
        };
    }
}
