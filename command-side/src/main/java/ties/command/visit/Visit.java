package ties.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.fact.PartialDate;
import ties.fact.Rejection;
import ties.record.RecordType;
import ties.visit.CorrectVisit;
import ties.visit.MeetingFacts;
import ties.visit.RecordMeeting;
import ties.visit.RecordVisit;
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitEvent.VisitWithdrawn;
import ties.visit.VisitFacts;
import ties.visit.WithdrawVisit;

import java.util.HashMap;
import java.util.Map;

/** A visit and the meetings held during it. */
@Aggregate(cache = "visitCache")
public class Visit extends RecordAggregate<VisitFacts> {

    @AggregateIdentifier
    private String visitId;
    private final Map<String, MeetingFacts> meetingsAsSent = new HashMap<>();

    protected Visit() {
        // for Axon: created through the first command and rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Accepted handle(RecordVisit command, RecordDirectory directory) {
        VisitFacts facts = resolved(command.visit(), "visit");
        return create(new VisitRecorded(command.visitId(), facts), () -> requireKnownActors(facts, "visit", directory));
    }

    @CommandHandler
    public Accepted handle(RecordMeeting command, RecordDirectory directory) {
        requireActive();
        MeetingFacts meeting = command.meeting();
        // Retries are recognised by the meeting as sent: a dateless meeting stays a retry even after
        // the visit's date (which it was given) is corrected.
        MeetingFacts sent = meetingsAsSent.get(command.meetingId());
        if (sent != null) {
            if (sent.equals(meeting.withOccurred(resolvedOrNull(meeting)))) {
                return unchanged();
            }
            throw Rejection.conflict("meeting '" + command.meetingId() + "' is already recorded with different content");
        }
        MeetingFacts resolved = meeting.occurred() == null ? meeting.withOccurred(facts().occurred())
                : meeting.withOccurred(resolvedOrNull(meeting));
        directory.require(RecordType.ACTOR, "meeting.participantIds", resolved.participantIds());
        return applied(new MeetingRecorded(visitId, command.meetingId(), resolved, meeting.occurred() == null));
    }

    @CommandHandler
    public Accepted handle(CorrectVisit command, RecordDirectory directory) {
        VisitFacts corrected = resolved(command.corrected(), "corrected");
        requireKnownActors(corrected, "corrected", directory);
        return correct(corrected, () -> new VisitCorrected(visitId, facts(), corrected, command.reason()));
    }

    @CommandHandler
    public Accepted handle(WithdrawVisit command) {
        return withdraw(() -> new VisitWithdrawn(visitId, command.reason()));
    }

    private static PartialDate resolvedOrNull(MeetingFacts meeting) {
        return meeting.provenance().resolve(meeting.occurred(), "meeting.occurred");
    }

    private static VisitFacts resolved(VisitFacts facts, String field) {
        return facts.withOccurred(facts.provenance().resolve(facts.occurred(), field + ".occurred"));
    }

    private static void requireKnownActors(VisitFacts facts, String field, RecordDirectory directory) {
        if (facts.hostIds().stream().anyMatch(facts.visitorIds()::contains)) {
            throw Rejection.invalid(field + ".hostIds", "a visitor cannot also be a host of the same visit");
        }
        directory.require(RecordType.ACTOR, field + ".visitorIds", facts.visitorIds());
        directory.require(RecordType.ACTOR, field + ".hostIds", facts.hostIds());
    }

    @EventSourcingHandler
    void on(VisitRecorded event) {
        visitId = event.visitId();
        onCreated(event, event.visit());
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        MeetingFacts meeting = event.meeting();
        meetingsAsSent.put(event.meetingId(), event.datedByVisit() ? meeting.withOccurred(null) : meeting);
    }

    @EventSourcingHandler
    void on(VisitCorrected event) {
        onCorrected(event.corrected());
    }

    @EventSourcingHandler
    void on(VisitWithdrawn event) {
        onWithdrawn();
    }

    @Override
    protected RecordType recordType() {
        return RecordType.VISIT;
    }

    @Override
    protected String recordId() {
        return visitId;
    }
}
