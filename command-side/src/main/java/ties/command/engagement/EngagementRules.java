package ties.command.engagement;

import ties.command.record.RecordDirectory;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementState;
import ties.engagement.Participant;
import ties.engagement.StateChange;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Rejection;
import ties.record.RecordType;

import java.util.HashSet;
import java.util.Set;

/**
 * The rules of an engagement's facts that the aggregate enforces and a scenario's dry run checks the
 * same way: dates resolved against the report (a plan may lie ahead of it, what was held may not),
 * an end not before the start, an edition only within a series, each party once and registered.
 */
public final class EngagementRules {

    private EngagementRules() {
    }

    /** The facts with their dates resolved; refuses dates that do not exist or do not fit the state. */
    public static EngagementFacts resolved(EngagementFacts facts, String field) {
        EngagementState state = facts.state();
        return facts.withDates(facts.provenance().resolve(facts.start(), field + ".start", tense(state, false)),
                facts.provenance().resolve(facts.end(), field + ".end", tense(state, true)));
    }

    /** The change with its dates resolved: when it happened is done; new dates follow the state it moves to. */
    public static StateChange resolved(StateChange change) {
        Provenance provenance = change.provenance();
        return change.withDates(provenance.resolve(change.occurred(), "change.occurred", PartialDate.Tense.DONE),
                provenance.resolve(change.start(), "change.start", tense(change.state(), false)),
                provenance.resolve(change.end(), "change.end", tense(change.state(), true)));
    }

    /** The rules that need no other record; throws the first broken one. */
    public static void requireShape(EngagementFacts facts, String field) {
        requireOrderedDates(facts, field);
        if (facts.edition() != null && facts.series() == null) {
            throw Rejection.invalid(field + ".edition", "an edition number belongs to a series: give the series too");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < facts.participants().size(); i++) {
            Participant participant = facts.participants().get(i);
            if (!seen.add(participant.actorId())) {
                throw Rejection.invalid(field + ".participants[" + i + "].actorId", "each party takes part once; "
                        + "'" + participant.actorId() + "' is already listed");
            }
        }
    }

    public static void requireValid(EngagementFacts facts, String field, RecordDirectory directory) {
        requireShape(facts, field);
        directory.require(RecordType.ACTOR, field + ".participants", facts.participantIds());
    }

    public static void requireOrderedDates(EngagementFacts facts, String field) {
        if (facts.end() != null && facts.end().latest() != null && facts.end().latest().isBefore(facts.start().earliest())) {
            throw Rejection.invalid(field + ".end", "'" + facts.end().text() + "' ends before the start '"
                    + facts.start().text() + "'");
        }
    }

    /**
     * How the dates of an engagement in {@code state} read: a plan's may lie after the report (a
     * cancelled or postponed one keeps the dates it was planned for); one under way has begun and may
     * end later; one held has ended.
     */
    private static PartialDate.Tense tense(EngagementState state, boolean end) {
        if (state.planned()) {
            return PartialDate.Tense.PLANNED;
        }
        if (state == EngagementState.UNDER_WAY) {
            return end ? PartialDate.Tense.PLANNED : PartialDate.Tense.ONGOING;
        }
        return PartialDate.Tense.DONE;
    }
}
