package ties.command.record;

import ties.fact.Rejection;
import ties.record.RecordType;

import java.util.Objects;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * What every record shares: it is created once (a retried create with the same content changes
 * nothing, different content under the same id is a conflict), corrected with a reason, and
 * withdrawn rather than deleted. Subclasses call the {@code on…} methods from their
 * {@code @EventSourcingHandler}s, so state still changes only there.
 *
 * @param <F> the record's facts, as editors enter and correct them
 */
public abstract class RecordAggregate<F> {

    private Object creation;
    private F facts;
    private boolean withdrawn;

    protected abstract RecordType recordType();

    protected abstract String recordId();

    protected F facts() {
        return facts;
    }

    /**
     * Applies the creation event after checking {@code guards}, or recognises a retry of the same
     * creation (which passed the guards the first time).
     */
    protected Accepted create(Object creationEvent, Runnable guards) {
        if (creation != null) {
            if (creation.equals(creationEvent)) {
                return unchanged();
            }
            throw Rejection.conflict(recordType().label() + " '" + recordId()
                    + "' is already recorded with different content; correct it instead, or choose another id");
        }
        guards.run();
        apply(creationEvent);
        return new Accepted(recordId(), getVersion(), Accepted.Outcome.CREATED);
    }

    protected void requireActive() {
        if (withdrawn) {
            throw Rejection.conflict(recordType().label() + " '" + recordId() + "' was withdrawn; it can no longer change");
        }
    }

    /** Applies a correction unless the corrected facts are what is already recorded. */
    protected Accepted correct(F corrected, Supplier<Object> correctionEvent) {
        requireActive();
        return facts.equals(corrected) ? unchanged() : applied(correctionEvent.get());
    }

    /** Withdraws the record; withdrawing it again changes nothing. */
    protected Accepted withdraw(Supplier<Object> withdrawalEvent) {
        return withdrawn ? unchanged() : applied(withdrawalEvent.get());
    }

    protected Accepted applied(Object event) {
        apply(event);
        return new Accepted(recordId(), getVersion(), Accepted.Outcome.UPDATED);
    }

    protected Accepted unchanged() {
        return new Accepted(recordId(), Objects.requireNonNullElse(getVersion(), -1L), Accepted.Outcome.UNCHANGED);
    }

    protected void onCreated(Object creationEvent, F recordedFacts) {
        creation = creationEvent;
        facts = recordedFacts;
    }

    protected void onCorrected(F corrected) {
        facts = corrected;
    }

    protected void onWithdrawn() {
        withdrawn = true;
    }
}
