package ties.query;

import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementKind;
import ties.engagement.EngagementState;
import ties.engagement.Participant;
import ties.engagement.ParticipationRole;
import ties.engagement.Place;
import ties.engagement.Series;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of a recurring naval exercise as the news reported them: the 7th Pakistan–Iran exercise in
 * 2023 and the 8th in March 2025 off Karachi, where Turkey observed for the first time; and a
 * trilateral maritime security dialogue. Dates already resolved, as the aggregates store them.
 */
public final class EngagementEvents {

    private EngagementEvents() {
    }

    public static final LocalDate REPORTED_ON = LocalDate.of(2025, 3, 11);
    public static final Provenance DAWN = Provenance.of(Confidence.HIGH,
            new Source("Dawn", "https://www.dawn.com/news/1896000", null, REPORTED_ON, List.of("ISPR")));

    public static final String PAKISTAN_NAVY = "pakistan-navy";
    public static final String IRAN_NAVY = "iran-navy";
    public static final String TURKEY_ACTOR = "turkey";
    public static final String SERIES = "pk-ir-naval-exercise";
    public static final String SEVENTH = "pk-ir-naval-exercise-7";
    public static final String EIGHTH = "pk-ir-naval-exercise-8";
    public static final String DIALOGUE = "ir-pk-tr-maritime-dialogue";

    public static final CountryCode PAKISTAN = CountryCode.of("PK");
    public static final CountryCode IRAN = CountryCode.of("IR");
    public static final CountryCode TURKEY = CountryCode.of("TR");

    public static ActorRegistered pakistanNavy() {
        return new ActorRegistered(PAKISTAN_NAVY, new ActorFacts(ActorKind.ARMED_FORCES, "Pakistan Navy", List.of(),
                PAKISTAN, DAWN));
    }

    public static ActorRegistered iranNavy() {
        return new ActorRegistered(IRAN_NAVY, new ActorFacts(ActorKind.ARMED_FORCES, "Islamic Republic of Iran Navy",
                List.of(), IRAN, DAWN));
    }

    public static ActorRegistered turkey() {
        return new ActorRegistered(TURKEY_ACTOR, new ActorFacts(ActorKind.COUNTRY, "Turkey", List.of(), TURKEY, DAWN));
    }

    public static PartialDate resolved(String phrase) {
        return PartialDate.resolved(phrase, REPORTED_ON);
    }

    public static EngagementFacts edition(int edition, String start, String end, Participant... participants) {
        return new EngagementFacts(EngagementKind.EXERCISE, ordinal(edition) + " Pakistan–Iran bilateral naval exercise",
                new Series(SERIES, "Pakistan–Iran bilateral naval exercise"), edition, new Place("off Karachi", PAKISTAN),
                resolved(start), end == null ? null : resolved(end), EngagementState.HELD, List.of(participants),
                "Drills in anti-piracy, search and rescue and maritime security", DAWN);
    }

    public static Participant as(String actorId, ParticipationRole role, Boolean firstTime) {
        return new Participant(actorId, role, firstTime, null);
    }

    public static EngagementRecorded seventhHeld() {
        return new EngagementRecorded(SEVENTH, edition(7, "November 2023", null,
                as(PAKISTAN_NAVY, ParticipationRole.HOST, null), as(IRAN_NAVY, ParticipationRole.PARTICIPANT, null)));
    }

    public static EngagementRecorded eighthHeld() {
        return new EngagementRecorded(EIGHTH, edition(8, "6 March 2025", "10 March 2025",
                as(PAKISTAN_NAVY, ParticipationRole.HOST, null), as(IRAN_NAVY, ParticipationRole.PARTICIPANT, null),
                as(TURKEY_ACTOR, ParticipationRole.OBSERVER, true)));
    }

    public static EngagementRecorded trilateralDialogue() {
        return new EngagementRecorded(DIALOGUE, new EngagementFacts(EngagementKind.DIALOGUE,
                "Trilateral maritime security dialogue", null, null, new Place("Ankara", TURKEY), resolved("February 2025"),
                null, EngagementState.HELD, List.of(as(TURKEY_ACTOR, ParticipationRole.HOST, null),
                as(PAKISTAN_NAVY, ParticipationRole.PARTICIPANT, null), as(IRAN_NAVY, ParticipationRole.PARTICIPANT, null)),
                null, DAWN));
    }

    private static String ordinal(int n) {
        return n + switch (n) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
