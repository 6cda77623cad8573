package ties.command.record;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import static java.lang.String.format;

/**
 * Which record a command is for, and the version its sender expects: the member of the command
 * annotated {@link TargetAggregateIdentifier} ({@link TargetAggregateVersion}), a method before a field,
 * as Axon's {@code AnnotationCommandTargetResolver} finds it. That resolver looks for the member again
 * for every command, reading every method, field and annotation of the command's class (2.5 % of the
 * service's CPU on H2 under command load, issue 15); the members are found here once per command class.
 * Axon's aggregate configuration takes this bean in place of its own.
 */
@Component
public class CommandTargets implements CommandTargetResolver {

    private final ClassValue<Members> members = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
            return new Members(Member.of(type, TargetAggregateIdentifier.class), Member.of(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Members target = members.get(command.getPayloadType());
        Object payload = command.getPayload();
        Object identifier = target.identifier().read(payload);
        if (identifier == null) {
            throw new IllegalArgumentException(format("Invalid command. It does not identify the target aggregate. "
                    + "Make sure at least one of the fields or methods in the [%s] class contains the "
                    + "@TargetAggregateIdentifier annotation and that it returns a non-null value.",
                    command.getPayloadType().getSimpleName()));
        }
        return new VersionedAggregateIdentifier(identifier, version(target.version().read(payload)));
    }

    private static Long version(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value provided for the version is not a number.", e);
        }
    }

    private record Members(Member identifier, Member version) {
    }

    /** How to read one annotated member of a command class; none reads as null. */
    @FunctionalInterface
    private interface Member {

        Member NONE = payload -> null;

        Object read(Object payload);

        static Member of(Class<?> type, Class<? extends Annotation> annotation) {
            for (Method method : ReflectionUtils.methodsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                    Method accessible = ReflectionUtils.ensureAccessible(method);
                    return payload -> invoke(accessible, payload);
                }
            }
            for (Field field : ReflectionUtils.fieldsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                    return payload -> ReflectionUtils.getFieldValue(field, payload);
                }
            }
            return NONE;
        }

        private static Object invoke(Method method, Object payload) {
            try {
                return method.invoke(payload);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException("An exception occurred while extracting aggregate information "
                        + "form a command", e);
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("The current security context does not allow extraction of "
                        + "aggregate information from the given command.", e);
            }
        }
    }
}
