package ties.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ties.Api;
import ties.Api.Answer;
import ties.TiesTest;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor records what Dawn reported on 11 March 2025: "The 8th edition of the Pakistan–Iran
 * bilateral naval exercise, announced in February, was held from 6 to 10 March off Karachi; Turkey
 * attended as an observer for the first time." The exercise is read back from the engagement
 * endpoints, the timeline, the actor pages, the relations chart and the initiative it implements.
 */
@TiesTest
@DisplayName("Journey: an editor records an exercise from plan to held; readers find it everywhere")
class EngagementJourneyTest {

    private static final String TRIBUNE = """
            {"sources":[{"publisher":"The Express Tribune","published":"2025-02-20"}],"confidence":"MEDIUM"}""";
    private static final String DAWN = """
            {"sources":[{"publisher":"Dawn","url":"https://www.dawn.com/news/1896000","published":"2025-03-11",
              "attribution":["ISPR"]}],"confidence":"HIGH"}""";
    private static final String DAWN_2023 = """
            {"sources":[{"publisher":"Dawn","published":"2023-11-30"}],"confidence":"HIGH"}""";

    private static final String SERIES = "journey-pk-ir-naval-exercise";
    private static final String SEVENTH = "journey-pk-ir-naval-exercise-7";
    private static final String EIGHTH = "journey-pk-ir-naval-exercise-8";
    private static final String INITIATIVE = "journey-ir-pk-joint-naval-exercises";

    @LocalServerPort
    int port;

    private Api editor() {
        return new Api(port, "editor");
    }

    private static String actor(String kind, String name, String country) {
        return """
                {"kind":"%s","name":"%s","country":"%s","provenance":%s}""".formatted(kind, name, country, DAWN);
    }

    private static String edition(int edition, String start, String state, String provenance, String participants) {
        return """
                {"kind":"EXERCISE","title":"%dth Pakistan–Iran bilateral naval exercise",
                 "series":{"seriesId":"%s","name":"Pakistan–Iran bilateral naval exercise"},"edition":%d,
                 "place":{"name":"off Karachi","country":"PK"},"start":"%s","state":"%s",
                 "participants":[%s],"description":"Anti-piracy, search and rescue and maritime security drills",
                 "provenance":%s}""".formatted(edition, SERIES, edition, start, state, participants, provenance);
    }

    private static final String NAVIES = """
            {"actorId":"journey-pakistan-navy","role":"HOST"},{"actorId":"journey-iran-navy","role":"PARTICIPANT"}""";

    @Test
    void the_eighth_edition_observed_by_turkey_for_the_first_time() throws Exception {
        Api editor = editor();
        Api viewer = new Api(port, "viewer");
        Api auditor = new Api(port, "auditor");
        assertThat(editor.put("/api/actors/journey-pakistan-navy", actor("ARMED_FORCES", "Pakistan Navy (journey)", "PK")).status()).isEqualTo(201);
        assertThat(editor.put("/api/actors/journey-iran-navy", actor("ARMED_FORCES", "Iran Navy (journey)", "IR")).status()).isEqualTo(201);
        assertThat(editor.put("/api/actors/journey-turkey", actor("COUNTRY", "Turkey (journey)", "TR")).status()).isEqualTo(201);
        assertThat(editor.put("/api/initiatives/" + INITIATIVE, """
                {"title":"Joint naval exercises (journey)","kind":"JOINT_EXERCISE","parties":["IR","PK"],
                 "occurred":"2018","provenance":%s}""".formatted(DAWN)).status()).isEqualTo(201);
        assertThat(editor.put("/api/initiatives/" + INITIATIVE + "/engagement-series/" + SERIES, """
                {"note":"The exercises agreed in 2018 are held as the bilateral series","provenance":%s}"""
                .formatted(DAWN)).status()).isEqualTo(200);

        // The 7th edition, held in November 2023; the 8th announced in February for March.
        assertThat(editor.put("/api/engagements/" + SEVENTH, edition(7, "November 2023", "HELD", DAWN_2023, NAVIES)).status())
                .isEqualTo(201);
        Answer announced = editor.put("/api/engagements/" + EIGHTH, edition(8, "in March", "PLANNED", TRIBUNE,
                NAVIES + ",{\"actorId\":\"journey-turkey\",\"role\":\"INVITED\"}"));
        assertThat(announced.status()).isEqualTo(201);
        assertThat(announced.headers().getETag()).isEqualTo("\"0\"");
        assertThat(announced.headers().getLocation()).hasToString("/api/engagements/" + EIGHTH);

        // Held: the actual days replace the plan; Turkey came as an observer, for the first time.
        String held = """
                {"changeId":"held","state":"HELD","start":"6 to 10 March","provenance":%s,
                 "note":"Turkish Navy observers aboard PNS Taimur"}""".formatted(DAWN);
        Answer stale = editor.post("/api/engagements/" + EIGHTH + "/state", held, Map.of("If-Match", "\"5\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("type")).isEqualTo("urn:ties:problem:conflict");
        Answer moved = editor.post("/api/engagements/" + EIGHTH + "/state", held, Map.of("If-Match", "\"0\""));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("version").asLong()).isEqualTo(1);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(5);
        Answer corrected = editor.post("/api/engagements/" + EIGHTH + "/corrections", """
                {"reason":"Dawn: Turkey attended as an observer","corrected":%s}""".formatted(edition(8, "6 to 10 March",
                "HELD", DAWN, NAVIES + ",{\"actorId\":\"journey-turkey\",\"role\":\"OBSERVER\",\"firstTime\":true}")),
                Map.of("If-Match", "\"1\""));
        assertThat(corrected.status()).isEqualTo(200);
        long position = corrected.body().path("position").asLong();

        // Refusals leave nothing behind.
        Answer backwards = editor.post("/api/engagements/" + EIGHTH + "/state", """
                {"changeId":"postponed","state":"POSTPONED","provenance":%s}""".formatted(DAWN));
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.text("type")).isEqualTo("urn:ties:problem:illegal-transition");
        Answer unknownParty = editor.put("/api/engagements/journey-unknown-party", edition(9, "2025-03-01", "HELD", DAWN,
                "{\"actorId\":\"journey-royal-navy-of-oman\",\"role\":\"OBSERVER\"}"));
        assertThat(unknownParty.status()).isEqualTo(404);
        Answer invalid = editor.put("/api/engagements/journey-invalid", edition(9, "next week", "HELD", DAWN, NAVIES));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").findValuesAsText("field")).contains("engagement.start");

        // The engagement, with the parties' first participations derived from the 7th edition.
        JsonNode eighth = viewer.get("/api/engagements/" + EIGHTH + "?minPosition=" + position).body();
        assertThat(eighth.path("state").asText()).isEqualTo("HELD");
        assertThat(eighth.path("start").path("earliest").asText()).isEqualTo("2025-03-06");
        assertThat(eighth.path("start").path("latest").asText()).isEqualTo("2025-03-10");
        assertThat(eighth.path("history").findValuesAsText("to")).containsExactly("PLANNED", "HELD");
        assertThat(eighth.path("corrections").findValuesAsText("reason")).containsExactly("Dawn: Turkey attended as an observer");
        assertThat(eighth.path("countries").toString()).isEqualTo("[\"IR\",\"PK\",\"TR\"]");
        JsonNode turkey = eighth.path("participants").get(2);
        assertThat(turkey.path("name").asText()).isEqualTo("Turkey (journey)");
        assertThat(turkey.path("role").asText()).isEqualTo("OBSERVER");
        assertThat(turkey.path("firstTime").asBoolean()).isTrue();
        assertThat(turkey.path("firstInSeries").asBoolean()).isTrue();
        assertThat(eighth.path("participants").get(0).path("firstInSeries").asBoolean()).isFalse();
        assertThat(viewer.get("/api/engagements/journey-nothing-here").status()).isEqualTo(404);

        // Lists, filtered.
        assertThat(ids(viewer.get("/api/engagements?series=" + SERIES).body())).containsExactly(EIGHTH, SEVENTH);
        assertThat(ids(viewer.get("/api/engagements?party=TR&kind=EXERCISE&from=2025-01-01").body())).contains(EIGHTH)
                .doesNotContain(SEVENTH);
        assertThat(ids(viewer.get("/api/engagements?participant=journey-turkey&state=PLANNED").body())).isEmpty();
        assertThat(viewer.get("/api/engagements?from=2025-03-10&to=2025-03-01").status()).isEqualTo(400);

        // The timeline, the actor page, the initiative, the relations chart.
        JsonNode timeline = viewer.get("/api/timeline?actor=journey-turkey&kind=ENGAGEMENT&minPosition=" + position).body();
        assertThat(timeline.path("developments").findValuesAsText("summary")).singleElement().satisfies(summary ->
                assertThat(summary).startsWith("Exercise held: 8th Pakistan–Iran bilateral naval exercise, off Karachi, Pakistan")
                        .endsWith("Turkey (journey) (observer, first time)"));
        JsonNode turkeyPage = viewer.get("/api/actors/journey-turkey?minPosition=" + position).body();
        assertThat(turkeyPage.path("engagements").findValuesAsText("engagementId")).containsExactly(EIGHTH);
        assertThat(turkeyPage.path("engagements").get(0).path("role").asText()).isEqualTo("OBSERVER");
        assertThat(turkeyPage.path("engagements").get(0).path("firstInSeries").asBoolean()).isTrue();
        JsonNode navyPage = viewer.get("/api/actors/journey-pakistan-navy?minPosition=" + position).body();
        assertThat(navyPage.path("engagements").findValuesAsText("engagementId")).containsExactly(SEVENTH, EIGHTH);
        JsonNode initiative = viewer.get("/api/initiatives/" + INITIATIVE + "?minPosition=" + position).body();
        assertThat(initiative.path("engagementSeries").get(0).path("editions").findValuesAsText("engagementId"))
                .containsExactly(SEVENTH, EIGHTH);
        JsonNode relations = viewer.get("/api/relations/PK/TR?granularity=YEAR&minPosition=" + position).body();
        assertThat(relations.path("totals").path("ENGAGEMENT").asLong()).isPositive();

        // Auditors: the engagement as it stood before the correction, and its history.
        assertThat(viewer.get("/api/engagements/" + EIGHTH + "?asOf=" + beforeCorrection).status()).isEqualTo(403);
        JsonNode then = auditor.get("/api/engagements/" + EIGHTH + "?asOf=" + beforeCorrection).body();
        assertThat(then.path("participants").get(2).path("role").asText()).isEqualTo("INVITED");
        JsonNode history = auditor.get("/api/audit/records/" + EIGHTH + "/history?minPosition=" + position).body();
        assertThat(history.path("events").findValuesAsText("eventType"))
                .containsExactly("EngagementRecorded", "EngagementStateChanged", "EngagementCorrected");
        assertThat(auditor.get("/api/audit/integrity/records/" + EIGHTH).text("status")).isEqualTo("OK");

        // A dashboard following the engagement hears it withdrawn; then it is gone.
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/engagements/" + EIGHTH + "/live"))
                .header("Accept", "text/event-stream").header("Authorization", Api.demoUser("viewer")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> ReadSideTest.readDataLines(stream.body(), events), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(new ObjectMapper().readTree(events.poll(10, TimeUnit.SECONDS)).path("state").asText()).isEqualTo("HELD");
            long withdrawn = editor.post("/api/engagements/" + EIGHTH + "/withdrawal", "{\"reason\":\"duplicate record\"}")
                    .body().path("position").asLong();
            String change = events.poll(5, TimeUnit.SECONDS);
            assertThat(change).as("a change event within 5 s").isNotNull();
            assertThat(new ObjectMapper().readTree(change).path("withdrawn").asBoolean()).isTrue();
            assertThat(viewer.get("/api/engagements/" + EIGHTH + "?minPosition=" + withdrawn).status()).isEqualTo(404);
            assertThat(ids(viewer.get("/api/engagements?series=" + SERIES).body())).containsExactly(SEVENTH);
        } finally {
            stream.body().close();
            reader.interrupt();
        }
    }

    private static List<String> ids(JsonNode list) {
        return list.path("engagements").findValuesAsText("engagementId");
    }
}
