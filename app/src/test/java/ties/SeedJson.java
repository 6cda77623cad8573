package ties;

/** Request bodies from the seed article, as an editor would send them. */
public final class SeedJson {

    public static final String PROVENANCE = """
            {"sources":[{"publisher":"Ties seed article","reference":"shared/seeds/000_17cf94f895c3a69b.txt",
              "published":"2025-01-15","attribution":["Tasnim News Agency"]}],"confidence":"HIGH"}""";

    private SeedJson() {
    }

    public static String person(String name, String country, String... aliases) {
        return """
                {"kind":"PERSON","name":"%s","aliases":[%s],"country":"%s","provenance":%s}"""
                .formatted(name, quoted(aliases), country, PROVENANCE);
    }

    public static String visit(String visitor, String city, String country, String occurred, String... hosts) {
        return """
                {"visitorIds":["%s"],"city":"%s","country":"%s","occurred":"%s","hostIds":[%s],"provenance":%s}"""
                .formatted(visitor, city, country, occurred, quoted(hosts), PROVENANCE);
    }

    public static String initiative(String title, String kind, String proposedBy, String occurred) {
        return """
                {"title":"%s","kind":"%s","parties":["IR","PK"],"proposedBy":"%s","occurred":"%s","provenance":%s}"""
                .formatted(title, kind, proposedBy, occurred, PROVENANCE);
    }

    public static String status(String status, String occurred) {
        return """
                {"status":"%s","occurred":"%s","provenance":%s}""".formatted(status, occurred, PROVENANCE);
    }

    public static String quote(String speaker, String text, String visitId, String initiativeId) {
        return """
                {"speaker":{"actorId":"%s"},"form":"QUOTE","text":"%s","occurred":"recently","occasionVisitId":"%s",
                 "topics":["counterterrorism"],"initiativeIds":[%s],"provenance":%s}"""
                .formatted(speaker, text, visitId, initiativeId == null ? "" : "\"" + initiativeId + "\"", PROVENANCE);
    }

    private static String quoted(String... values) {
        return String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList());
    }
}
