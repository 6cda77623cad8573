package ties.dates;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.Api.Answer;
import ties.TiesTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.person;
import static ties.SeedJson.visit;

@TiesTest
@DisplayName("Dates: an editor previews how a reporter's date phrase resolves, then records facts dated with such phrases")
class DateApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Answer preview(Api api, String phrase, String reported, String tense) {
        return api.get("/api/dates?phrase=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8) + "&reported=" + reported
                + (tense == null ? "" : "&tense=" + tense));
    }

    @Test
    void a_viewer_previews_tuesday_in_a_wednesday_report_and_nothing_is_stored() {
        Api viewer = new Api(port, "viewer");
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        Answer answer = preview(viewer, "Tuesday", "2019-03-13", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("tense")).isEqualTo("DONE");
        JsonNode resolved = answer.body().get("resolved");
        assertThat(resolved.get("precision").asText()).isEqualTo("DAY");
        assertThat(resolved.get("earliest").asText()).isEqualTo("2019-03-12");
        assertThat(resolved.get("latest").asText()).isEqualTo("2019-03-12");
        assertThat(resolved.get("edtf").asText()).isEqualTo("2019-03-12");
        assertThat(resolved.get("reading").asText()).contains("the latest Tuesday on or before the report");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
    }

    @Test
    void a_planned_visit_from_thursday_starts_the_next_day_and_has_no_end() {
        Answer answer = preview(new Api(port, "viewer"), "from Thursday", "2019-03-13", "PLANNED");

        JsonNode resolved = answer.body().get("resolved");
        assertThat(resolved.get("precision").asText()).isEqualTo("OPEN");
        assertThat(resolved.get("start").get("earliest").asText()).isEqualTo("2019-03-14");
        assertThat(resolved.get("latest").isNull()).isTrue();
        assertThat(resolved.get("edtf").asText()).isEqualTo("2019-03-14/..");
    }

    @Test
    void an_exercise_from_6_to_10_march_is_a_span_with_its_bounds() {
        JsonNode resolved = preview(new Api(port, "auditor"), "6–10 March 2019", "2019-03-13", "DONE").body().get("resolved");

        assertThat(resolved.get("start").get("earliest").asText()).isEqualTo("2019-03-06");
        assertThat(resolved.get("end").get("latest").asText()).isEqualTo("2019-03-10");
        assertThat(resolved.get("edtf").asText()).isEqualTo("2019-03-06/2019-03-10");
    }

    @Test
    void a_phrase_ties_does_not_understand_is_refused_naming_the_accepted_forms() {
        Answer answer = preview(new Api(port, "viewer"), "after the elections", "2019-03-13", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:ties:problem:invalid-input");
        assertThat(answer.text("reason")).isEqualTo("NOT_UNDERSTOOD");
        assertThat(answer.text("detail")).contains("is not a date Ties understands").contains("\"6-10 March 2019\"");
        assertThat(answer.body().get("acceptedForms")).hasSizeGreaterThan(5);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("phrase");
    }

    @Test
    void next_month_is_refused_for_something_done_and_accepted_for_a_plan() {
        Api viewer = new Api(port, "viewer");

        Answer done = preview(viewer, "next month", "2019-03-13", "DONE");
        Answer planned = preview(viewer, "next month", "2019-03-13", "PLANNED");

        assertThat(done.status()).isEqualTo(400);
        assertThat(done.text("reason")).isEqualTo("ONLY_FOR_PLANS");
        assertThat(planned.status()).isEqualTo(200);
        assertThat(planned.body().get("resolved").get("edtf").asText()).isEqualTo("2019-04");
    }

    @Test
    void bad_parameters_are_refused_as_problems() {
        Api viewer = new Api(port, "viewer");

        assertThat(preview(viewer, "2018-02-30", "2019-03-13", null).text("reason")).isEqualTo("DOES_NOT_EXIST");
        Answer tooLong = preview(viewer, "a".repeat(101), "2019-03-13", null);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").get(0).get("field").asText()).isEqualTo("phrase");
        assertThat(viewer.get("/api/dates?phrase=Tuesday&reported=13%2F03%2F2019").status()).isEqualTo(400);
        assertThat(viewer.get("/api/dates?phrase=Tuesday&tense=SOMEDAY").status()).isEqualTo(400);
        assertThat(viewer.get("/api/dates?reported=2019-03-13").status()).isEqualTo(400);
    }

    @Test
    void only_signed_in_users_may_preview() {
        assertThat(preview(new Api(port, null), "Tuesday", "2019-03-13", null).status()).isEqualTo(401);
    }

    @Test
    void the_api_description_lists_the_endpoint_with_examples() {
        JsonNode operation = new Api(port, null).get("/v3/api-docs").body().path("paths").path("/api/dates").path("get");

        assertThat(operation.path("parameters").toString()).contains("a four-day visit from Tuesday", "6-10 March 2019");
        assertThat(operation.path("responses").path("200").toString()).contains("2019-03-06/2019-03-10");
        assertThat(operation.path("responses").path("400").isMissingNode()).isFalse();
    }

    @Test
    void an_editor_records_a_visit_dated_as_the_report_words_it_and_reads_it_back_resolved() {
        Api editor = new Api(port, "editor");
        editor.put("/api/actors/asim-munir-dates", person("Asim Munir Dates", "PK"));

        Answer recorded = editor.put("/api/visits/munir-tehran-dates", visit("asim-munir-dates", "Tehran", "IR", "Sunday"));
        Answer future = editor.put("/api/visits/munir-tehran-later", visit("asim-munir-dates", "Tehran", "IR", "a four-day visit from Tuesday"));

        assertThat(recorded.status()).isEqualTo(201);
        JsonNode history = new Api(port, "auditor").get("/api/audit/records/munir-tehran-dates/history?minPosition="
                + recorded.text("position")).body();
        JsonNode occurred = history.path("events").get(0).path("occurred");
        assertThat(occurred.path("earliest").asText()).isEqualTo("2025-01-12");
        assertThat(occurred.path("edtf").asText()).isEqualTo("2025-01-12");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("errors").get(0).get("field").asText()).isEqualTo("visit.occurred");
        assertThat(future.text("detail")).contains("ends after the report date 2025-01-15");
    }
}
