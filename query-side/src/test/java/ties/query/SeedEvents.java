package ties.query;

import ties.agreement.AgreementKind;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorEvent.ActorRoleRecorded;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.RoleFacts;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementFacts;
import ties.agreement.Signatory;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.Language;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.initiative.Completion;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeEvent.ObstacleRecorded;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeKind;
import ties.initiative.InitiativeStatus;
import ties.initiative.ObstacleFacts;
import ties.initiative.ObstacleKind;
import ties.initiative.StatusChange;
import ties.record.RecordEvent;
import ties.statement.Speaker;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementFacts;
import ties.statement.StatementForm;
import ties.visit.MeetingFacts;
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitFacts;

import java.time.LocalDate;
import java.util.List;

/**
 * The seed article (seeds/000_17cf94f895c3a69b) as the events the command side stores: Major General
 * Mohammad Hossein Bagheri, Iran's Chief of Staff of the Armed Forces, visits Islamabad "recently" (his
 * third trip to Pakistan after July 2018 and October 2021), meets General Asim Munir and President Asif
 * Ali Zardari, and proposes joint naval exercises; Munir visited Tehran "last year"; in 2018 Amir
 * Hatami and Rana Tanveer Hussain signed agreements on military training, intelligence sharing and
 * joint operations. Reported by Tasnim News Agency; dates are resolved against the article's date.
 */
public final class SeedEvents {

    private SeedEvents() {
    }

    public static final LocalDate REPORTED_ON = LocalDate.of(2025, 1, 15);

    public static final Source ARTICLE = new Source("Seed article", null, "seeds/000_17cf94f895c3a69b",
            REPORTED_ON, List.of("Tasnim News Agency"));
    public static final Provenance TASNIM = Provenance.of(Confidence.HIGH, ARTICLE);
    public static final Provenance UNNAMED_OFFICIAL = Provenance.of(Confidence.MEDIUM, ARTICLE);
    /** The language of the article, and so of every statement's words as recorded from it. */
    public static final Language ENGLISH = Language.of("en");

    public static final CountryCode IRAN = CountryCode.of("IR");
    public static final CountryCode PAKISTAN = CountryCode.of("PK");
    public static final CountryCode TURKEY = CountryCode.of("TR");
    public static final CountryCode SAUDI_ARABIA = CountryCode.of("SA");

    // actors
    public static final String BAGHERI = "mohammad-bagheri";
    public static final String MUNIR = "asim-munir";
    public static final String ZARDARI = "asif-ali-zardari";
    public static final String HATAMI = "amir-hatami";
    public static final String TANVEER_HUSSAIN = "rana-tanveer-hussain";
    public static final String TASNIM_AGENCY = "tasnim-news-agency";

    // visits and meetings
    public static final String VISIT_JULY_2018 = "bagheri-pakistan-visit-2018";
    public static final String VISIT_OCTOBER_2021 = "bagheri-pakistan-visit-2021";
    public static final String ISLAMABAD_VISIT = "bagheri-islamabad-visit";
    public static final String MUNIR_TEHRAN_VISIT = "munir-tehran-visit";
    public static final String MEETING_WITH_MUNIR = "bagheri-meets-munir";
    public static final String MEETING_WITH_ZARDARI = "bagheri-meets-zardari";

    // statements
    public static final String APPRECIATION_QUOTE = "bagheri-appreciates-pakistan-efforts";
    public static final String GOOD_AGREEMENTS_QUOTE = "bagheri-several-good-agreements";
    public static final String NAVAL_PROPOSAL = "bagheri-proposes-naval-exercises";
    public static final String MUNIR_ECHO = "munir-cooperation-crucial";
    public static final String OFFICIAL_QUOTE = "senior-official-pragmatic-approach";

    // initiatives, agreements, obstacles
    public static final String NAVAL_EXERCISES = "ir-pk-joint-naval-exercises";
    public static final String BORDER_PATROLS = "ir-pk-joint-border-patrols";
    public static final String ISLAMIC_ALIGNMENT = "islamic-nations-alignment";
    public static final String MILITARY_TRAINING = "ir-pk-military-training";
    public static final String AGREEMENTS_2018 = "ir-pk-defence-agreements-2018";
    public static final String INTERNATIONAL_PRESSURE = "international-pressure";

    public static final String UNNAMED_OFFICIAL_DESCRIPTION = "a senior defense official familiar with the discussions";

    /** A date phrase as stored: resolved against the article's date. */
    public static PartialDate resolved(String phrase) {
        return PartialDate.resolved(phrase, REPORTED_ON);
    }

    // ---- actors

    public static ActorFacts bagheri() {
        return new ActorFacts(ActorKind.PERSON, "Mohammad Hossein Bagheri", List.of("Mohammad Bagheri"), IRAN, TASNIM);
    }

    public static ActorRegistered bagheriRegistered() {
        return new ActorRegistered(BAGHERI, bagheri());
    }

    /** Another transliteration of his name, as some outlets write it. */
    public static ActorAliasAdded baqeriAlias() {
        return new ActorAliasAdded(BAGHERI, "Baqeri");
    }

    public static ActorRoleRecorded bagheriChiefOfStaff() {
        return new ActorRoleRecorded(BAGHERI, new RoleFacts("Chief of Staff of the Armed Forces", null, IRAN, null, null,
                resolved("2025-01-15"), TASNIM));
    }

    public static ActorRegistered munirRegistered() {
        return new ActorRegistered(MUNIR, new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN, TASNIM));
    }

    public static ActorRegistered zardariRegistered() {
        return new ActorRegistered(ZARDARI, new ActorFacts(ActorKind.PERSON, "Asif Ali Zardari", List.of(), PAKISTAN, TASNIM));
    }

    public static ActorRegistered hatamiRegistered() {
        return new ActorRegistered(HATAMI, new ActorFacts(ActorKind.PERSON, "Amir Hatami", List.of(), IRAN, TASNIM));
    }

    public static ActorRegistered tanveerHussainRegistered() {
        return new ActorRegistered(TANVEER_HUSSAIN,
                new ActorFacts(ActorKind.PERSON, "Rana Tanveer Hussain", List.of(), PAKISTAN, TASNIM));
    }

    public static ActorRegistered tasnimRegistered() {
        return new ActorRegistered(TASNIM_AGENCY,
                new ActorFacts(ActorKind.NEWS_AGENCY, "Tasnim News Agency", List.of("Tasnim"), IRAN, TASNIM));
    }

    public static List<RecordEvent> actors() {
        return List.of(bagheriRegistered(), munirRegistered(), zardariRegistered(), hatamiRegistered(),
                tanveerHussainRegistered(), tasnimRegistered());
    }

    // ---- visits

    public static VisitFacts visitJuly2018Facts() {
        return new VisitFacts(List.of(BAGHERI), null, PAKISTAN, resolved("July 2018"), List.of(), null, TASNIM);
    }

    public static VisitRecorded visitJuly2018() {
        return new VisitRecorded(VISIT_JULY_2018, visitJuly2018Facts());
    }

    public static VisitFacts visitOctober2021Facts() {
        return new VisitFacts(List.of(BAGHERI), null, PAKISTAN, resolved("October 2021"), List.of(), null, TASNIM);
    }

    public static VisitRecorded visitOctober2021() {
        return new VisitRecorded(VISIT_OCTOBER_2021, visitOctober2021Facts());
    }

    public static VisitFacts islamabadVisitFacts() {
        return new VisitFacts(List.of(BAGHERI), "Islamabad", PAKISTAN, resolved("recently"), List.of(MUNIR, ZARDARI),
                "Reiterated Tehran's commitment to bolstering strategic ties with Pakistan", TASNIM);
    }

    public static VisitRecorded islamabadVisit() {
        return new VisitRecorded(ISLAMABAD_VISIT, islamabadVisitFacts());
    }

    public static VisitRecorded munirTehranVisit() {
        return new VisitRecorded(MUNIR_TEHRAN_VISIT, new VisitFacts(List.of(MUNIR), "Tehran", IRAN, resolved("last year"),
                List.of(BAGHERI), "Explored deeper cooperation in defence production, counterterrorism and intelligence sharing",
                TASNIM));
    }

    /** Sent without a date, so it took the visit's ("recently"). */
    public static MeetingRecorded meetingWithMunir() {
        return new MeetingRecorded(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, new MeetingFacts(List.of(BAGHERI, MUNIR),
                List.of("intelligence sharing", "joint operations", "border security"), resolved("recently"),
                "Intelligence sharing, joint operations and border security in Sistan and Balochistan", TASNIM), true);
    }

    public static MeetingRecorded meetingWithZardari() {
        return new MeetingRecorded(ISLAMABAD_VISIT, MEETING_WITH_ZARDARI, new MeetingFacts(List.of(BAGHERI, ZARDARI),
                List.of("shared security challenges"), resolved("recently"), null, TASNIM), true);
    }

    public static List<RecordEvent> visits() {
        return List.of(visitJuly2018(), visitOctober2021(), munirTehranVisit(), islamabadVisit(), meetingWithMunir(),
                meetingWithZardari());
    }

    // ---- statements

    public static StatementFacts appreciationQuoteFacts() {
        return new StatementFacts(Speaker.actor(BAGHERI), StatementForm.QUOTE,
                "We deeply appreciate Pakistan’s persistent efforts in combating terrorist groups like Jaish al-Adl", ENGLISH,
                resolved("recently"), ISLAMABAD_VISIT, List.of("counterterrorism", "border security"), List.of(), TASNIM);
    }

    public static StatementRecorded appreciationQuote() {
        return new StatementRecorded(APPRECIATION_QUOTE, appreciationQuoteFacts());
    }

    public static StatementRecorded goodAgreementsQuote() {
        return new StatementRecorded(GOOD_AGREEMENTS_QUOTE, new StatementFacts(Speaker.actor(BAGHERI), StatementForm.QUOTE,
                "We have witnessed significant events in the region over the past year, where Iran and Pakistan, as two "
                        + "Islamic countries, are located in the sensitive areas of West and South Asia. The relations "
                        + "between the Iranian and Pakistani armed forces have been developing, and we have reached several "
                        + "good agreements.", ENGLISH,
                resolved("recently"), ISLAMABAD_VISIT, List.of("military cooperation"), List.of(), TASNIM));
    }

    /** Bagheri's proposal of the naval exercises, linked to the initiative once it is on record. */
    public static StatementFacts navalProposalFacts(List<String> initiativeIds) {
        return new StatementFacts(Speaker.actor(BAGHERI), StatementForm.PARAPHRASE,
                "Joint naval exercises to enhance maritime security in the Arabian Sea would improve operational "
                        + "capabilities and demonstrate regional influence", ENGLISH,
                resolved("recently"), ISLAMABAD_VISIT, List.of("naval exercises", "maritime security"), initiativeIds, TASNIM);
    }

    public static StatementRecorded navalProposal() {
        return new StatementRecorded(NAVAL_PROPOSAL, navalProposalFacts(List.of(NAVAL_EXERCISES)));
    }

    public static StatementRecorded munirEcho() {
        return new StatementRecorded(MUNIR_ECHO, new StatementFacts(Speaker.actor(MUNIR), StatementForm.PARAPHRASE,
                "Cooperation between Iran and Pakistan is crucial for ensuring stability in the region and countering "
                        + "common threats", ENGLISH,
                resolved("recently"), ISLAMABAD_VISIT, List.of("regional stability"), List.of(), TASNIM));
    }

    public static StatementRecorded officialQuote() {
        return new StatementRecorded(OFFICIAL_QUOTE, new StatementFacts(Speaker.unnamed(UNNAMED_OFFICIAL_DESCRIPTION),
                StatementForm.QUOTE,
                "The pragmatic approach of Iran and Pakistan demonstrates a shared intent to resolve immediate security "
                        + "challenges while laying the foundation for sustainable collaboration", ENGLISH,
                resolved("recently"), null, List.of("border security"), List.of(BORDER_PATROLS), UNNAMED_OFFICIAL));
    }

    // ---- initiatives

    public static InitiativeFacts navalExercisesFacts() {
        return new InitiativeFacts("Joint naval exercises in the Arabian Sea", InitiativeKind.JOINT_EXERCISE,
                List.of(IRAN, PAKISTAN), BAGHERI, "Joint naval exercises to enhance maritime security in the Arabian Sea",
                resolved("recently"), List.of(), null, TASNIM);
    }

    public static InitiativeProposed navalExercisesProposed() {
        return new InitiativeProposed(NAVAL_EXERCISES, navalExercisesFacts());
    }

    public static InitiativeProposed borderPatrolsProposed() {
        return new InitiativeProposed(BORDER_PATROLS, new InitiativeFacts("More frequent joint border patrols",
                InitiativeKind.JOINT_PATROL, List.of(IRAN, PAKISTAN), BAGHERI,
                "Joint border patrols to secure the 900-kilometre shared border", resolved("recently"), List.of(), null, TASNIM));
    }

    public static InitiativeFacts islamicAlignmentFacts() {
        return new InitiativeFacts("Alignment of major Islamic nations", InitiativeKind.MULTILATERAL_ALIGNMENT,
                List.of(IRAN, PAKISTAN, TURKEY, SAUDI_ARABIA), BAGHERI,
                "Greater alignment among Iran, Pakistan, Turkey and Saudi Arabia", resolved("recently"), List.of(), null, TASNIM);
    }

    public static InitiativeProposed islamicAlignmentProposed() {
        return new InitiativeProposed(ISLAMIC_ALIGNMENT, islamicAlignmentFacts());
    }

    public static InitiativeProposed militaryTrainingProposed() {
        return new InitiativeProposed(MILITARY_TRAINING, new InitiativeFacts("Military training cooperation",
                InitiativeKind.MILITARY_TRAINING, List.of(IRAN, PAKISTAN), null,
                "Bolster military training, intelligence sharing and joint operations", resolved("2018"), List.of(), null, TASNIM));
    }

    /** A move of an initiative, reported in the article. */
    public static InitiativeStatusChanged moved(String initiativeId, InitiativeStatus from, InitiativeStatus to,
                                                String occurred, List<String> agreementIds, String note) {
        return new InitiativeStatusChanged(initiativeId, from, new StatusChange(null, to,
                to == InitiativeStatus.IMPLEMENTED ? Completion.PARTIAL : null, false, resolved(occurred), TASNIM, List.of(),
                agreementIds, null, null, note));
    }

    public static InitiativeStatusChanged borderPatrolsUnderDiscussion() {
        return moved(BORDER_PATROLS, InitiativeStatus.PROPOSED, InitiativeStatus.UNDER_DISCUSSION, "recently", List.of(),
                "The two sides reiterated their commitment to more frequent joint border patrols");
    }

    public static InitiativeStatusChanged militaryTrainingAgreed() {
        return moved(MILITARY_TRAINING, InitiativeStatus.PROPOSED, InitiativeStatus.AGREED, "2018", List.of(AGREEMENTS_2018),
                "Signed by the defence ministers");
    }

    public static InitiativeStatusChanged militaryTrainingStalled() {
        return moved(MILITARY_TRAINING, InitiativeStatus.AGREED, InitiativeStatus.STALLED, "circa 2019", List.of(),
                "These efforts faced hurdles due to international pressures");
    }

    public static ObstacleRecorded internationalPressure() {
        return new ObstacleRecorded(MILITARY_TRAINING, INTERNATIONAL_PRESSURE, new ObstacleFacts(ObstacleKind.SANCTIONS,
                "International pressures, particularly sanctions on Iran, have previously hindered defense cooperation",
                resolved("2018"), TASNIM));
    }

    // ---- agreements

    public static AgreementFacts agreements2018Facts() {
        return new AgreementFacts("Agreements to bolster military training, intelligence sharing and joint operations", AgreementKind.AGREEMENT, List.of(),
                List.of(new Signatory(HATAMI, IRAN, "Defense Minister"),
                        new Signatory(TANVEER_HUSSAIN, PAKISTAN, "then-Defense Minister")),
                resolved("2018"), List.of("military training", "intelligence sharing", "joint operations"),
                List.of(MILITARY_TRAINING), null, null, TASNIM);
    }

    public static AgreementRecorded agreements2018() {
        return new AgreementRecorded(AGREEMENTS_2018, agreements2018Facts());
    }

    /**
     * Everything in the article, in an order the command side accepts (a record is referred to only
     * once it exists).
     */
    public static List<RecordEvent> article() {
        return List.of(
                bagheriRegistered(), munirRegistered(), zardariRegistered(), hatamiRegistered(), tanveerHussainRegistered(),
                tasnimRegistered(), bagheriChiefOfStaff(), baqeriAlias(),
                visitJuly2018(), visitOctober2021(), munirTehranVisit(), islamabadVisit(), meetingWithMunir(),
                meetingWithZardari(),
                appreciationQuote(), goodAgreementsQuote(), munirEcho(),
                militaryTrainingProposed(), agreements2018(), militaryTrainingAgreed(), internationalPressure(),
                militaryTrainingStalled(),
                navalExercisesProposed(), navalProposal(), borderPatrolsProposed(), officialQuote(),
                borderPatrolsUnderDiscussion(), islamicAlignmentProposed());
    }
}
