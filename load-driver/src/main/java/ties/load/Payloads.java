package ties.load;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Command bodies as the API takes them. Built by hand: the values are the driver's own (slugs, ISO
 * codes, dates, plain words), so nothing needs escaping, and the driver spends its CPU on sending.
 */
final class Payloads {

    static final String[] COUNTRIES = {"IR", "PK", "CN", "RU", "IN", "TR", "SA", "AF", "IQ", "AZ", "AE", "QA", "OM", "TJ"};
    static final String[] INITIATIVE_KINDS = {"JOINT_EXERCISE", "JOINT_PATROL", "INTELLIGENCE_SHARING",
            "DEFENCE_PRODUCTION", "MILITARY_TRAINING", "BORDER_SECURITY", "TRADE_AND_CONNECTIVITY"};
    static final String[] CITIES = {"Tehran", "Islamabad", "Beijing", "Moscow", "Ankara", "Riyadh", "Baghdad", "Baku"};
    /** Records are dated from here on; every date stays before 2026, so none lies in the future. */
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private Payloads() {
    }

    static byte[] actor(String name, String country, LocalDate day) {
        return bytes("{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"country\":\"" + country + "\","
                + provenance(day) + "}");
    }

    static byte[] initiative(String title, String kind, String first, String second, LocalDate day) {
        return bytes("{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\",\"parties\":[\"" + first + "\",\"" + second
                + "\"],\"description\":\"Load driver initiative for throughput measurements.\",\"occurred\":\"" + day + "\","
                + provenance(day) + "}");
    }

    static byte[] status(String status, LocalDate day) {
        String completion = status.equals("IMPLEMENTED") ? "\"completion\":\"FULL\"," : "";
        return bytes("{\"status\":\"" + status + "\"," + completion + "\"occurred\":\"" + day + "\","
                + provenance(day) + "}");
    }

    static byte[] visit(String visitorId, String hostId, String country, String city, LocalDate day) {
        return bytes("{\"visitorIds\":[\"" + visitorId + "\"],\"hostIds\":[\"" + hostId + "\"],\"city\":\"" + city
                + "\",\"country\":\"" + country + "\",\"occurred\":\"" + day
                + "\",\"purpose\":\"Talks on defence cooperation.\"," + provenance(day) + "}");
    }

    static byte[] statement(String speakerId, String initiativeId, LocalDate day) {
        String initiatives = initiativeId == null ? "" : ",\"initiativeIds\":[\"" + initiativeId + "\"]";
        return bytes("{\"speaker\":{\"actorId\":\"" + speakerId + "\"},\"form\":\"PARAPHRASE\","
                + "\"text\":\"Both sides agreed to deepen cooperation on border security and joint exercises.\","
                + "\"occurred\":\"" + day + "\",\"topics\":[\"border security\"]" + initiatives + ","
                + provenance(day) + "}");
    }

    private static String provenance(LocalDate published) {
        return "\"provenance\":{\"sources\":[{\"publisher\":\"Load Driver Wire\",\"published\":\"" + published
                + "\"}],\"confidence\":\"HIGH\"}";
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
