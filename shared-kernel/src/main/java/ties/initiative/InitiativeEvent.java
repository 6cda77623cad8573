package ties.initiative;

import org.axonframework.serialization.Revision;
import ties.record.DefaultsUpcaster;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

import java.util.List;
import java.util.Set;

/** Everything that can happen to an initiative. */
public sealed interface InitiativeEvent extends RecordEvent {

    String initiativeId();

    @Override
    default String recordId() {
        return initiativeId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.INITIATIVE;
    }

    /** Revision 2: the facts carry a {@code target} date ({@link #plansUpcaster()}). */
    @Revision("2")
    record InitiativeProposed(String initiativeId, InitiativeFacts initiative) implements InitiativeEvent, RecordCreated {
    }

    /** Revision 2: the change may reopen, cite its occasion and set a target date ({@link #movesUpcaster()}). */
    @Revision("2")
    record InitiativeStatusChanged(String initiativeId, InitiativeStatus from, StatusChange change) implements InitiativeEvent {
    }

    @Revision("1")
    record ObstacleRecorded(String initiativeId, String obstacleId, ObstacleFacts obstacle) implements InitiativeEvent {
    }

    /** A series of engagements whose editions implement the initiative. */
    @Revision("1")
    record EngagementSeriesLinked(String initiativeId, String seriesId, SeriesLink link) implements InitiativeEvent {
    }

    /** Revision 2: both facts carry a {@code target} date. */
    @Revision("2")
    record InitiativeCorrected(String initiativeId, InitiativeFacts previous, InitiativeFacts corrected, String reason)
            implements InitiativeEvent {
    }

    @Revision("1")
    record InitiativeWithdrawn(String initiativeId, String reason) implements InitiativeEvent, RecordWithdrawn {
    }

    /** Initiatives recorded before plans (revision 1) have no target date: none was recorded. */
    static DefaultsUpcaster plansUpcaster() {
        return new DefaultsUpcaster(Set.of(InitiativeProposed.class, InitiativeCorrected.class), "1", "2",
                List.of("initiative", "previous", "corrected"), facts -> facts.putNull("target"));
    }

    /**
     * Moves recorded before reopening, occasions and targets (revision 1) did not reopen (going back was
     * refused then), and cite no occasion and set no target.
     */
    static DefaultsUpcaster movesUpcaster() {
        return new DefaultsUpcaster(Set.of(InitiativeStatusChanged.class), "1", "2", List.of("change"), change -> {
            change.put("reopen", false);
            change.putNull("occasion");
            change.putNull("target");
        });
    }
}
