package ties.command.record;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import ties.fact.Rejection;
import ties.fact.RejectionDetails;
import ties.record.CreatesRecord;

import java.lang.annotation.ElementType;
import java.util.Set;

/**
 * Rules every command passes through, whatever sent it (API, import, another node):
 * <ul>
 *   <li>Bean Validation of the command before it is dispatched;</li>
 *   <li>an id that already belongs to another kind of record is refused before any aggregate is
 *       loaded (Axon's event store keys streams by id alone), and a change sent to such an id is
 *       an unknown record, not a failure;</li>
 *   <li>refusals, unknown records and stale expected versions travel back as {@link RejectionDetails},
 *       so that a caller on another node (through Axon Server) learns exactly what was wrong.</li>
 * </ul>
 *
 * <p>It registers its interceptor itself and is not a {@code MessageHandlerInterceptor} bean: Axon's
 * Spring Boot auto-configuration registers every such bean with the command bus as well, so every
 * command was guarded twice (two directory lookups).
 */
@Configuration
class CommandGuards {

    private final RecordDirectory directory;

    CommandGuards(RecordDirectory directory) {
        this.directory = directory;
    }

    @Autowired
    void register(CommandBus commandBus, ValidatorFactory validatorFactory) {
        commandBus.registerDispatchInterceptor(validation(validatorFactory));
        commandBus.registerHandlerInterceptor(interceptor());
    }

    /**
     * Bean Validation of every command, nested facts included. With JPA on the class path Hibernate
     * Validator asks JPA, before each property it validates, whether that property is loaded; commands
     * are records, never entities, so every property is reachable (a fifth of the validation's time on
     * PostgreSQL, issue 15).
     */
    static MessageDispatchInterceptor<CommandMessage<?>> validation(ValidatorFactory validatorFactory) {
        // One validator for every command: it is thread-safe, and Axon's BeanValidationInterceptor would make a new one per command.
        Validator validator = validatorFactory.usingContext().traversableResolver(new EveryProperty()).getValidator();
        return commands -> (index, command) -> {
            Set<ConstraintViolation<Object>> violations = validator.validate(command.getPayload());
            if (!violations.isEmpty()) {
                throw new JSR303ViolationException(violations);
            }
            return command;
        };
    }

    private static final class EveryProperty implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /** The guards as Axon's command bus runs them around each command handler. */
    MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
        return this::handle;
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            if (unitOfWork.getMessage().getPayload() instanceof CreatesRecord creation) {
                directory.find(creation.recordId())
                        .filter(entry -> entry.type() != creation.recordType())
                        .ifPresent(entry -> {
                            throw Rejection.conflict("id '" + creation.recordId() + "' already belongs to a recorded "
                                    + entry.type().label() + "; choose another id");
                        });
            }
            Object result = chain.proceed();
            // Axon checks an expected version only when the unit of work commits, outside this chain, where
            // the refusal could not carry its details; any change since the expected version is a conflict.
            ConflictResolution.getConflictResolver().detectConflicts(unseen -> !unseen.isEmpty());
            return result;
        } catch (Rejection rejection) {
            throw new CommandExecutionException(rejection.getMessage(), rejection, RejectionDetails.of(rejection));
        } catch (IncompatibleAggregateException otherKind) {
            // A change (not a creation) sent to an id whose events belong to another kind of record.
            Rejection rejection = Rejection.unknownRecord(null, "no record of this kind exists under that id: "
                    + "the id belongs to another kind of record");
            throw new CommandExecutionException(rejection.getMessage(), otherKind, RejectionDetails.of(rejection));
        } catch (AggregateNotFoundException notFound) {
            Rejection rejection = Rejection.unknownRecord(null, "no record '" + notFound.getAggregateIdentifier() + "' exists");
            throw new CommandExecutionException(rejection.getMessage(), notFound, RejectionDetails.of(rejection));
        } catch (ConflictingAggregateVersionException stale) {
            // A stale If-Match. Axon Server carries an exception's message, code and details, not its class.
            Rejection rejection = Rejection.conflict("record '" + stale.getAggregateIdentifier() + "' is at version "
                    + stale.getActualVersion() + ", not the expected " + stale.getExpectedVersion()
                    + "; reload it and try again");
            throw new CommandExecutionException(rejection.getMessage(), stale, RejectionDetails.of(rejection));
        }
    }
}
