package ties.parties;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ties.Api;
import ties.Api.Answer;
import ties.TiesTest;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors record reports Ties was not built around: a private MoU between a defence industry association
 * and a foreign company whose signatories the report does not name; talks revived during a visit years
 * after the agreement stalled; sanctions that hold back a whole relationship; a trilateral agreement.
 * Everything through the API, read back from the board, timeline, relations, actor pages and the new
 * visit and agreement lists.
 */
@TiesTest
class PartiesJourneyTest {

    /** APP, 21 November 2024: "PADI signs MoU with Turkey's STM at IDEAS 2024". */
    private static final String APP = """
            {"sources":[{"publisher":"Associated Press of Pakistan","url":"https://www.app.com.pk/national/padi-stm-mou",
              "published":"2024-11-21"}],"confidence":"HIGH"}""";
    /** Dawn, 14 March 2025: the two armies' staff talks resume in Rawalpindi. */
    private static final String DAWN = """
            {"sources":[{"publisher":"Dawn","url":"https://www.dawn.com/news/staff-talks-resume",
              "published":"2025-03-14"}],"confidence":"HIGH"}""";

    @LocalServerPort
    int port;
    private Api editor;
    private Api viewer;

    @BeforeEach
    void users() {
        editor = new Api(port, "editor");
        viewer = new Api(port, "viewer");
    }

    private long created(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isIn(200, 201);
        return answer.body().path("position").asLong();
    }

    private void actor(String id, String kind, String name, String country, String provenance) {
        created(editor.put("/api/actors/" + id, """
                {"kind":"%s","name":"%s","country":%s,"provenance":%s}"""
                .formatted(kind, name, country == null ? "null" : "\"" + country + "\"", provenance)));
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    @Test
    void an_mou_between_an_industry_association_and_a_foreign_company_without_named_signatories() {
        actor("padi", "INDUSTRY_ASSOCIATION", "Pakistan Association of Defence Industries", "PK", APP);
        actor("stm-savunma", "COMPANY", "STM Savunma Teknolojileri", "TR", APP);
        long position = created(editor.put("/api/agreements/padi-stm-naval-platforms-mou", """
                {"title":"MoU on cooperation in naval platforms and maritime systems","kind":"MOU",
                 "partyIds":["padi","stm-savunma"],"signed":"2024-11-20","topics":["naval platforms"],
                 "summary":"Signed on the sidelines of the IDEAS 2024 exhibition in Karachi.","provenance":%s}"""
                .formatted(APP)));

        JsonNode mou = viewer.get("/api/agreements/padi-stm-naval-platforms-mou?minPosition=" + position).body();
        assertThat(mou.path("agreement").path("kind").asText()).isEqualTo("MOU");
        assertThat(mou.path("agreement").path("signatories")).isEmpty();
        assertThat(mou.path("countries").toString()).isEqualTo("[\"PK\",\"TR\"]");

        JsonNode list = viewer.get("/api/agreements?party=PK&party=TR&kind=MOU&from=2024-11-01&to=2024-11-30").body();
        assertThat(values(list.path("agreements"), "agreementId")).containsExactly("padi-stm-naval-platforms-mou");
        assertThat(viewer.get("/api/agreements?party=stm-savunma&kind=TREATY").body().path("agreements")).isEmpty();
        assertThat(viewer.get("/api/agreements?party=stm-savunma&to=2024-10-31").body().path("agreements")).isEmpty();

        JsonNode company = viewer.get("/api/actors/stm-savunma").body();
        assertThat(company.path("agreements")).hasSize(1);
        assertThat(company.path("agreements").get(0).path("party").asBoolean()).isTrue();
        assertThat(company.path("agreements").get(0).path("signed").asBoolean()).isFalse();

        JsonNode timeline = viewer.get("/api/timeline?country=PK&country=TR&kind=AGREEMENT&minPosition=" + position).body();
        JsonNode development = timeline.path("developments").get(0);
        assertThat(development.path("summary").asText())
                .isEqualTo("MoU signed: MoU on cooperation in naval platforms and maritime systems "
                        + "(Pakistan Association of Defence Industries, STM Savunma Teknolojileri)");
        assertThat(development.path("bilateral").asBoolean()).isTrue();
    }

    @Test
    void an_agreement_naming_an_unknown_party_or_no_party_at_all_is_refused_and_leaves_nothing() {
        actor("global-think-tank", "THINK_TANK", "Maritime Security Forum", null, APP);
        Answer unknown = editor.put("/api/agreements/forum-unknown-party-mou", """
                {"title":"Research MoU","kind":"MOU","partyIds":["global-think-tank","no-such-institute"],
                 "signed":"2024-11-20","provenance":%s}""".formatted(APP));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("urn:ties:problem:unknown-record");

        Answer none = editor.put("/api/agreements/forum-no-party-mou", """
                {"title":"Research MoU","kind":"MOU","signed":"2024-11-20","provenance":%s}""".formatted(APP));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text("type")).isEqualTo("urn:ties:problem:invalid-input");

        Api auditor = new Api(port, "auditor");
        assertThat(auditor.get("/api/audit/records/forum-unknown-party-mou/history").status()).isEqualTo(404);
        assertThat(auditor.get("/api/audit/records/forum-no-party-mou/history").status()).isEqualTo(404);
    }

    @Test
    void stalled_staff_talks_are_reopened_during_a_visit_and_cite_it() {
        actor("sahir-shamshad-mirza", "PERSON", "Sahir Shamshad Mirza", "PK", DAWN);
        actor("sherali-mirzo", "PERSON", "Sherali Mirzo", "TJ", DAWN);
        created(editor.put("/api/visits/mirzo-rawalpindi-2025", """
                {"visitorIds":["sherali-mirzo"],"city":"Rawalpindi","country":"PK","occurred":"2025-03-12",
                 "hostIds":["sahir-shamshad-mirza"],"provenance":%s}""".formatted(DAWN)));
        String initiative = "/api/initiatives/pk-tj-staff-talks";
        created(editor.put(initiative, """
                {"title":"Pakistan-Tajikistan defence staff talks","kind":"MILITARY_TRAINING","parties":["PK","TJ"],
                 "occurred":"2019","provenance":%s}""".formatted(DAWN)));
        created(editor.post(initiative + "/status", """
                {"status":"AGREED","occurred":"2019","provenance":%s}""".formatted(DAWN)));
        created(editor.post(initiative + "/status", """
                {"status":"STALLED","occurred":"2021","provenance":%s}""".formatted(DAWN)));

        Answer backwards = editor.post(initiative + "/status", """
                {"status":"UNDER_DISCUSSION","occurred":"2025-03-12","provenance":%s}""".formatted(DAWN));
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.text("type")).isEqualTo("urn:ties:problem:illegal-transition");

        Answer unknownVisit = editor.post(initiative + "/status", """
                {"status":"UNDER_DISCUSSION","reopen":true,"occurred":"2025-03-12","note":"staff talks resumed",
                 "occasion":{"type":"VISIT","id":"mirzo-islamabad-2030"},"provenance":%s}""".formatted(DAWN));
        assertThat(unknownVisit.status()).isEqualTo(404);
        assertThat(unknownVisit.text("type")).isEqualTo("urn:ties:problem:unknown-record");

        Answer notAnOccasion = editor.post(initiative + "/status", """
                {"status":"UNDER_DISCUSSION","reopen":true,"occurred":"2025-03-12","note":"staff talks resumed",
                 "occasion":{"type":"ACTOR","id":"sherali-mirzo"},"provenance":%s}""".formatted(DAWN));
        assertThat(notAnOccasion.status()).isEqualTo(400);

        long reopened = created(editor.post(initiative + "/status", """
                {"status":"UNDER_DISCUSSION","reopen":true,"occurred":"2025-03-12",
                 "note":"The staff talks, stalled since 2021, resumed during General Mirzo's visit to Rawalpindi",
                 "occasion":{"type":"VISIT","id":"mirzo-rawalpindi-2025"},"target":"in the near future",
                 "provenance":%s}""".formatted(DAWN)));

        JsonNode view = viewer.get(initiative + "?minPosition=" + reopened).body();
        assertThat(view.path("status").asText()).isEqualTo("UNDER_DISCUSSION");
        JsonNode step = view.path("history").get(3);
        assertThat(step.path("reopened").asBoolean()).isTrue();
        assertThat(step.path("occasion").path("type").asText()).isEqualTo("VISIT");
        assertThat(step.path("occasion").path("id").asText()).isEqualTo("mirzo-rawalpindi-2025");
        assertThat(view.path("target").path("text").asText()).isEqualTo("in the near future");

        JsonNode timeline = viewer.get("/api/timeline?initiative=pk-tj-staff-talks&kind=STATUS_CHANGE").body();
        assertThat(values(timeline.path("developments"), "summary"))
                .contains("Pakistan-Tajikistan defence staff talks: stalled → under discussion (reopened)");

        JsonNode visits = viewer.get("/api/visits?party=TJ&party=sahir-shamshad-mirza&minPosition=" + reopened).body();
        assertThat(values(visits.path("visits"), "visitId")).containsExactly("mirzo-rawalpindi-2025");
        assertThat(viewer.get("/api/visits/mirzo-rawalpindi-2025").body().path("countries").toString())
                .isEqualTo("[\"PK\",\"TJ\"]");
        assertThat(viewer.get("/api/visits/no-such-visit").status()).isEqualTo(404);
    }

    @Test
    void sanctions_on_a_relationship_are_recorded_once_and_shown_by_every_initiative_they_hold_back() {
        for (String id : List.of("ye-om-port-security", "ye-om-coast-guard-training")) {
            created(editor.put("/api/initiatives/" + id, """
                    {"title":"%s","kind":"BORDER_SECURITY","parties":["YE","OM"],"occurred":"2024","provenance":%s}"""
                    .formatted(id.replace('-', ' '), DAWN)));
        }
        long recorded = created(editor.put("/api/obstacles/ye-om-sanctions", """
                {"kind":"SANCTIONS","description":"Sanctions on Yemeni entities have held back security cooperation with Oman",
                 "countries":["YE","OM"],"initiativeIds":["ye-om-port-security","ye-om-coast-guard-training"],
                 "occurred":"2024","provenance":%s}""".formatted(DAWN)));

        for (String id : List.of("ye-om-port-security", "ye-om-coast-guard-training")) {
            JsonNode view = viewer.get("/api/initiatives/" + id + "?minPosition=" + recorded).body();
            assertThat(values(view.path("relationshipObstacles"), "obstacleId")).containsExactly("ye-om-sanctions");
        }
        JsonNode relations = viewer.get("/api/relations/OM/YE?granularity=YEAR&minPosition=" + recorded).body();
        assertThat(relations.path("totals").path("OBSTACLE").asLong()).isEqualTo(1);
        assertThat(relations.path("bilateral").path("OBSTACLE").asLong()).isEqualTo(1);
        JsonNode board = viewer.get("/api/initiatives?party=YE&party=OM&from=2024-01-01&to=2024-12-31").body();
        assertThat(values(board.path("initiatives"), "initiativeId"))
                .containsExactlyInAnyOrder("ye-om-port-security", "ye-om-coast-guard-training");
        assertThat(viewer.get("/api/initiatives?party=YE&party=OM&to=2023-12-31").body().path("initiatives")).isEmpty();

        long withdrawn = created(editor.post("/api/obstacles/ye-om-sanctions/withdrawal", """
                {"reason":"duplicate of another record"}"""));
        assertThat(viewer.get("/api/initiatives/ye-om-port-security?minPosition=" + withdrawn).body()
                .path("relationshipObstacles")).isEmpty();
    }

    @Test
    void a_trilateral_agreement_is_multilateral_on_the_timeline_and_in_relations() {
        actor("ministry-of-defence-kg", "MINISTRY", "Ministry of Defence of Kyrgyzstan", "KG", DAWN);
        actor("ministry-of-defence-uz", "MINISTRY", "Ministry of Defence of Uzbekistan", "UZ", DAWN);
        actor("ministry-of-defence-kz", "MINISTRY", "Ministry of Defence of Kazakhstan", "KZ", DAWN);
        long position = created(editor.put("/api/agreements/kg-uz-kz-border-terms-of-reference", """
                {"title":"Terms of reference for trilateral border consultations","kind":"TERMS_OF_REFERENCE",
                 "partyIds":["ministry-of-defence-kg","ministry-of-defence-uz","ministry-of-defence-kz"],
                 "signed":"2025-03-10","provenance":%s}""".formatted(DAWN)));

        JsonNode all = viewer.get("/api/timeline?country=KG&country=UZ&country=KZ&minPosition=" + position).body();
        JsonNode development = all.path("developments").get(0);
        assertThat(development.path("multilateral").asBoolean()).isTrue();
        assertThat(development.path("bilateral").asBoolean()).isFalse();
        JsonNode relations = viewer.get("/api/relations/KG/UZ?granularity=YEAR").body();
        assertThat(relations.path("multilateral").path("AGREEMENT").asLong()).isEqualTo(1);
        assertThat(relations.path("bilateral").path("AGREEMENT").isMissingNode()).isTrue();
    }

    @Test
    void a_person_is_found_under_a_rank_and_by_initials() {
        actor("sherali-khan-mirzo", "PERSON", "Sherali Khan Mirzoev", "TJ", DAWN);
        long position = created(editor.post("/api/actors/sherali-khan-mirzo/aliases", """
                {"alias":"Sherali Mirzoyev"}"""));
        for (String name : List.of("Gen Mirzoev", "Lt. Gen. Sherali Mirzoev", "S K Mirzoev", "SK Mirzoev", "Mirzoyev")) {
            JsonNode found = viewer.get("/api/actors?name=" + name.replace(" ", "%20") + "&minPosition=" + position).body();
            assertThat(values(found.path("actors"), "actorId")).as(name).contains("sherali-khan-mirzo");
        }
    }
}
