package ties.command;

import ties.agreement.AgreementKind;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.RoleFacts;
import ties.agreement.AgreementFacts;
import ties.agreement.Signatory;
import ties.command.record.InMemoryRecordDirectory;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.Language;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeKind;
import ties.initiative.ObstacleFacts;
import ties.initiative.ObstacleKind;
import ties.record.RecordType;
import ties.statement.Speaker;
import ties.statement.StatementFacts;
import ties.statement.StatementForm;
import ties.visit.MeetingFacts;
import ties.visit.VisitFacts;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the seed article (seeds/000_17cf94f895c3a69b): Major General Mohammad Hossein Bagheri,
 * Iran's Chief of Staff of the Armed Forces, visits Islamabad, meets General Asim Munir and President
 * Asif Ali Zardari, and proposes joint naval exercises in the Arabian Sea, as reported by Tasnim News
 * Agency. Facts are built as an editor sends them: dates as phrases, not yet resolved.
 */
public final class SeedFacts {

    private SeedFacts() {
    }

    /** The day the article was published; relative phrases ("last year") are resolved against it. */
    public static final LocalDate REPORTED_ON = LocalDate.of(2025, 1, 15);

    public static final Source ARTICLE = new Source("Seed article", null, "seeds/000_17cf94f895c3a69b",
            REPORTED_ON, List.of("Tasnim News Agency"));
    /** What Tasnim reported and the article repeats. */
    public static final Provenance TASNIM = Provenance.of(Confidence.HIGH, ARTICLE);
    /** What only the unnamed official said. */
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
    public static final String IRAN_ARMED_FORCES = "iran-armed-forces";
    public static final String PAKISTAN_ARMY = "pakistan-army";
    public static final String TASNIM_AGENCY = "tasnim-news-agency";
    public static final String JAISH_AL_ADL = "jaish-al-adl";

    // visits
    public static final String ISLAMABAD_VISIT = "bagheri-islamabad-visit";
    public static final String VISIT_JULY_2018 = "bagheri-pakistan-visit-2018";
    public static final String VISIT_OCTOBER_2021 = "bagheri-pakistan-visit-2021";
    public static final String MUNIR_TEHRAN_VISIT = "munir-tehran-visit";
    public static final String MEETING_WITH_MUNIR = "bagheri-meets-munir";
    public static final String MEETING_WITH_ZARDARI = "bagheri-meets-zardari";

    // statements
    public static final String APPRECIATION_QUOTE = "bagheri-appreciates-pakistan-efforts";
    public static final String GOOD_AGREEMENTS_QUOTE = "bagheri-several-good-agreements";
    public static final String NAVAL_PROPOSAL = "bagheri-proposes-naval-exercises";
    public static final String OFFICIAL_QUOTE = "senior-official-pragmatic-approach";

    // initiatives
    public static final String NAVAL_EXERCISES = "ir-pk-joint-naval-exercises";
    public static final String BORDER_PATROLS = "ir-pk-joint-border-patrols";
    public static final String ISLAMIC_ALIGNMENT = "islamic-nations-alignment";
    public static final String MILITARY_TRAINING = "ir-pk-military-training";

    // agreements and obstacles
    public static final String AGREEMENTS_2018 = "ir-pk-defence-agreements-2018";
    public static final String SANCTIONS = "sanctions-on-iran";
    public static final String INTERNATIONAL_PRESSURE = "international-pressure";
    public static final String DIFFERING_PRIORITIES = "differing-foreign-policy-priorities";

    public static final String UNNAMED_OFFICIAL_DESCRIPTION = "a senior defense official familiar with the discussions";

    /** A phrase as an editor writes it. */
    public static PartialDate date(String phrase) {
        return PartialDate.of(phrase);
    }

    /** A phrase as it is stored: resolved against the article's date. */
    public static PartialDate resolved(String phrase) {
        return PartialDate.resolved(phrase, REPORTED_ON);
    }

    /** Everything the article mentions, as recorded before the command under test. */
    public static InMemoryRecordDirectory seedDirectory() {
        return new InMemoryRecordDirectory()
                .actor(BAGHERI, ActorKind.PERSON, IRAN, "Mohammad Hossein Bagheri", "Mohammad Bagheri")
                .actor(MUNIR, ActorKind.PERSON, PAKISTAN, "Asim Munir")
                .actor(ZARDARI, ActorKind.PERSON, PAKISTAN, "Asif Ali Zardari")
                .actor(HATAMI, ActorKind.PERSON, IRAN, "Amir Hatami")
                .actor(TANVEER_HUSSAIN, ActorKind.PERSON, PAKISTAN, "Rana Tanveer Hussain")
                .actor(IRAN_ARMED_FORCES, ActorKind.ARMED_FORCES, IRAN, "Armed Forces of the Islamic Republic of Iran")
                .actor(PAKISTAN_ARMY, ActorKind.ARMED_FORCES, PAKISTAN, "Pakistan Army")
                .actor(TASNIM_AGENCY, ActorKind.NEWS_AGENCY, IRAN, "Tasnim News Agency")
                .recorded(RecordType.VISIT, ISLAMABAD_VISIT, VISIT_JULY_2018, VISIT_OCTOBER_2021, MUNIR_TEHRAN_VISIT)
                .recorded(RecordType.STATEMENT, APPRECIATION_QUOTE, GOOD_AGREEMENTS_QUOTE, NAVAL_PROPOSAL, OFFICIAL_QUOTE)
                .recorded(RecordType.INITIATIVE, NAVAL_EXERCISES, BORDER_PATROLS, ISLAMIC_ALIGNMENT, MILITARY_TRAINING)
                .recorded(RecordType.AGREEMENT, AGREEMENTS_2018);
    }

    // ---- actors

    public static ActorFacts bagheri() {
        return new ActorFacts(ActorKind.PERSON, "Mohammad Hossein Bagheri", List.of("Mohammad Bagheri"), IRAN, TASNIM);
    }

    public static ActorFacts munir() {
        return new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN, TASNIM);
    }

    public static ActorFacts tanveerHussain() {
        return new ActorFacts(ActorKind.PERSON, "Rana Tanveer Hussain", List.of(), PAKISTAN, TASNIM);
    }

    public static ActorFacts pakistan() {
        return new ActorFacts(ActorKind.COUNTRY, "Pakistan", List.of(), PAKISTAN, TASNIM);
    }

    /** "Iran's Chief of Staff of the Armed Forces", attested on the day of the report. */
    public static RoleFacts chiefOfStaff() {
        return new RoleFacts("Chief of Staff of the Armed Forces", IRAN_ARMED_FORCES, IRAN, null, null,
                date("2025-01-15"), TASNIM);
    }

    /** "Pakistan's then-Defense Minister Rana Tanveer Hussain" in 2018. */
    public static RoleFacts thenDefenseMinister() {
        return new RoleFacts("Defense Minister", null, PAKISTAN, null, null, date("2018"), TASNIM);
    }

    // ---- visits

    /** General Bagheri's third trip to Pakistan, hosted in Islamabad by General Munir and President Zardari. */
    public static VisitFacts islamabadVisit() {
        return new VisitFacts(List.of(BAGHERI), "Islamabad", PAKISTAN, date("recently"), List.of(MUNIR, ZARDARI),
                "Reiterate Tehran's commitment to bolstering strategic ties with Pakistan", TASNIM);
    }

    /** His first trip, in July 2018. */
    public static VisitFacts visitJuly2018() {
        return new VisitFacts(List.of(BAGHERI), null, PAKISTAN, date("July 2018"), List.of(), null, TASNIM);
    }

    /** General Munir's visit to Tehran "last year". */
    public static VisitFacts munirTehranVisit() {
        return new VisitFacts(List.of(MUNIR), "Tehran", IRAN, date("last year"), List.of(BAGHERI),
                "Deepen cooperation in defence production, counterterrorism and intelligence sharing", TASNIM);
    }

    /** Bagheri and Munir on intelligence sharing, joint operations and border security; no date of its own. */
    public static MeetingFacts meetingWithMunir() {
        return new MeetingFacts(List.of(BAGHERI, MUNIR),
                List.of("intelligence sharing", "joint operations", "border security"), null,
                "Security threats from terrorist activity along the Iran-Pakistan border, in Sistan and Balochistan",
                TASNIM);
    }

    // ---- statements

    public static StatementFacts appreciationQuote() {
        return new StatementFacts(Speaker.actor(BAGHERI), StatementForm.QUOTE,
                "We deeply appreciate Pakistan's persistent efforts in combating terrorist groups like Jaish al-Adl", ENGLISH,
                date("recently"), ISLAMABAD_VISIT, List.of("counterterrorism"), List.of(BORDER_PATROLS), TASNIM);
    }

    /** The unnamed "senior defense official familiar with the discussions". */
    public static StatementFacts officialQuote() {
        return new StatementFacts(Speaker.unnamed(UNNAMED_OFFICIAL_DESCRIPTION), StatementForm.QUOTE,
                "The pragmatic approach of Iran and Pakistan demonstrates a shared intent to resolve immediate "
                        + "security challenges while laying the foundation for sustainable collaboration", ENGLISH,
                date("recently"), null, List.of("border security"), List.of(), UNNAMED_OFFICIAL);
    }

    // ---- initiatives

    /** "The idea of conducting joint naval exercises to enhance maritime security in the Arabian Sea". */
    public static InitiativeFacts navalExercises() {
        return new InitiativeFacts("Joint naval exercises in the Arabian Sea", InitiativeKind.JOINT_EXERCISE,
                List.of(IRAN, PAKISTAN), BAGHERI, "Joint naval exercises to enhance maritime security in the Arabian Sea",
                date("recently"), List.of(NAVAL_PROPOSAL), null, TASNIM);
    }

    public static InitiativeFacts borderPatrols() {
        return new InitiativeFacts("Joint border patrols", InitiativeKind.JOINT_PATROL, List.of(IRAN, PAKISTAN), null,
                "More frequent joint patrols of the 900-kilometre shared border", date("recently"), List.of(), null, TASNIM);
    }

    public static ObstacleFacts sanctions() {
        return new ObstacleFacts(ObstacleKind.SANCTIONS,
                "International pressures, particularly sanctions on Iran, have previously hindered defense cooperation",
                date("recently"), TASNIM);
    }

    public static ObstacleFacts differingPriorities() {
        return new ObstacleFacts(ObstacleKind.DIFFERING_PRIORITIES,
                "Differing foreign policy priorities could pose obstacles to sustained collaboration",
                date("recently"), TASNIM);
    }

    // ---- agreements

    /** The 2018 agreements signed by Brigadier General Amir Hatami and then-Defense Minister Rana Tanveer Hussain. */
    public static AgreementFacts agreements2018() {
        return new AgreementFacts("Agreements on military training, intelligence sharing and joint operations", AgreementKind.AGREEMENT, List.of(),
                List.of(new Signatory(HATAMI, IRAN, "Defense Minister"),
                        new Signatory(TANVEER_HUSSAIN, PAKISTAN, "Defense Minister")),
                date("2018"), List.of("military training", "intelligence sharing", "joint operations"),
                List.of(MILITARY_TRAINING), null, null, TASNIM);
    }
}
