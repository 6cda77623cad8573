package ties.query.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ties.fact.Rejection;
import ties.query.store.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The read models' dead letters: events a projection failed on, parked by Axon's sequenced dead-letter
 * queue of its processing group together with the later events of the same record (the sequence),
 * so that the record's events are still applied in order once the cause is fixed.
 * Only the read models whose documents each follow one record park letters (application.yml,
 * docs/dead-letters.md); the others stop at a failing event.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** At most this many letters are listed per read model; {@link Queue#deadLetters()} counts them all. */
    static final int LISTED = 100;

    /** A read model's parked events, oldest sequence first. */
    public record Queue(String readModel, long deadLetters, long sequences, List<Sequence> parked) {
    }

    /** The parked events of one record, in the order they are to be applied; the first is the one that failed. */
    public record Sequence(String recordId, List<Letter> letters) {
    }

    /**
     * One parked event and why. {@code cause*} is the error of the last attempt, null for the events
     * parked only because an earlier one of their record was; {@code retries} counts failed retries.
     */
    public record Letter(String eventId, String eventType, String recordId, Long recordSequence, Long position,
                         String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched, int retries) {
    }

    /** What a retry achieved: sequences applied in full, and how many letters are still parked. */
    public record Retry(String readModel, int sequencesTried, int sequencesApplied, long deadLettersLeft) {
    }

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public List<Queue> queues() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(name -> processing.deadLetterQueue(name).isPresent())
                .map(this::queue).toList();
    }

    public Queue queue(String readModel) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(readModel);
        List<Sequence> parked = new ArrayList<>();
        int listed = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (listed >= LISTED) {
                break;
            }
            List<Letter> letters = StreamSupport.stream(sequence.spliterator(), false).limit(LISTED - listed)
                    .map(DeadLetters::letter).toList();
            listed += letters.size();
            parked.add(new Sequence(letters.get(0).recordId(), letters));
        }
        parked.sort(Comparator.comparing(s -> s.letters().get(0).enqueuedAt()));
        return new Queue(readModel, queue.size(), queue.amountOfSequences(), List.copyOf(parked));
    }

    /**
     * Applies parked sequences again, oldest first, at most {@code limit} of them (all when null). A
     * sequence whose first letter fails again stays parked with the new cause; one that succeeds
     * leaves the queue, and its later letters are applied in the same go.
     */
    public Retry retry(String readModel, Integer limit) {
        if (limit != null && limit < 1) {
            throw Rejection.invalid("limit", "limit must be at least 1");
        }
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(readModel)
                .orElseThrow(() -> noQueue(readModel));
        List<String> firstEvents = StreamSupport.stream(deadLetterQueue(readModel).deadLetters().spliterator(), false)
                .map(sequence -> sequence.iterator().next())
                .sorted(Comparator.comparing(letter -> letter.enqueuedAt()))
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .map(letter -> letter.message().getIdentifier()).toList();
        int applied = 0;
        for (String eventId : firstEvents) {
            if (processor.process(letter -> letter.message().getIdentifier().equals(eventId))) {
                applied++;
            }
        }
        long left = deadLetterQueue(readModel).size();
        log.info("Retried {} dead-letter sequences of read model {}: {} applied, {} letters still parked",
                firstEvents.size(), readModel, applied, left);
        return new Retry(readModel, firstEvents.size(), applied, left);
    }

    /**
     * Drops one parked event for good: the read model will never apply it (a rebuild would meet it
     * again). Logged with who did it, since it changes what the read model shows.
     */
    public Letter evict(String readModel, String eventId, String by) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(readModel);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    queue.evict(letter);
                    Letter evicted = letter(letter);
                    log.warn("Dead letter evicted from read model {} by {}: event {} ({} of record {}), last error {}: {}",
                            readModel, by, eventId, evicted.eventType(), evicted.recordId(), evicted.causeType(),
                            evicted.causeMessage());
                    return evicted;
                }
            }
        }
        throw Rejection.unknownRecord("eventId", "read model '" + readModel + "' has no dead letter for event " + eventId);
    }

    /** The number of parked events, or -1 where the read model parks none. */
    public long count(String readModel) {
        return processing.deadLetterQueue(readModel).map(SequencedDeadLetterQueue::size).orElse(-1L);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String readModel) {
        return processing.deadLetterQueue(readModel).orElseThrow(() -> noQueue(readModel));
    }

    private Rejection noQueue(String readModel) {
        if (processing.eventProcessor(readModel).isEmpty()) {
            return Rejection.unknownRecord(null, "no read model '" + readModel + "' runs here");
        }
        return Rejection.unknownRecord(null, "read model '" + readModel + "' parks no dead letters: it stops at an "
                + "event it cannot apply, since its events must stay in order across records");
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        long position = Recorded.positionOf(event);
        Cause cause = letter.cause().orElse(null);
        return new Letter(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                position < 0 ? null : position, cause == null ? null : cause.type(), cause == null ? null : cause.message(),
                letter.enqueuedAt(), letter.lastTouched(), RetryCounting.retries(letter));
    }
}
