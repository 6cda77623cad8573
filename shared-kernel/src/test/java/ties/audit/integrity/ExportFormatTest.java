package ties.audit.integrity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.audit.integrity.ExportFormat.Scope;
import ties.audit.integrity.Finding.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.audit.integrity.ChainVerifierTest.INITIATIVE;

@DisplayName("NDJSON export: written as the service writes it, verified offline")
class ExportFormatTest {

    static final Instant EXPORTED = Instant.parse("2025-01-16T09:00:00Z");

    static List<String> export(SealedLog log) {
        List<String> lines = new ArrayList<>();
        lines.add(ExportFormat.header(Scope.STORE, EXPORTED, log.checkpoints.get(log.checkpoints.size() - 1).position()));
        log.checkpoints.forEach(checkpoint -> lines.add(ExportFormat.checkpoint(checkpoint)));
        log.links.forEach(link -> lines.add(ExportFormat.link(link)));
        lines.add(ExportFormat.trailer(log.links.size(), log.links.size()));
        return lines;
    }

    static Verdict verify(List<String> lines) throws IOException {
        return ExportFormat.verify(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
    }

    @Test
    void an_export_of_the_store_verifies_offline() throws IOException {
        Verdict verdict = verify(export(ChainVerifierTest.seedLog()));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.OK);
        assertThat(verdict.events()).isEqualTo(5);
        assertThat(verdict.checkpointsVerified()).isEqualTo(2);
    }

    @Test
    void lines_show_the_payload_readably_next_to_the_hashed_bytes() {
        String line = ExportFormat.link(ChainVerifierTest.seedLog().at(2));
        assertThat(line).contains("\"payload\":{\"title\":\"Pakistan–Bangladesh defence cooperation\"")
                .contains("\"payloadBytes\":\"").contains("\"hash\":\"");
    }

    @Test
    void an_edited_hashed_field_breaks_its_link() throws IOException {
        List<String> lines = export(ChainVerifierTest.seedLog());
        lines.set(4, lines.get(4).replace("\"timeStamp\":\"2025-01-15T10:00:02Z\"", "\"timeStamp\":\"2025-01-15T11:00:02Z\""));
        assertThat(verify(lines).firstBreak()).extracting(Finding::kind, Finding::position).containsExactly(Kind.ALTERED, 2L);
    }

    @Test
    void a_readable_payload_that_disagrees_with_the_hashed_bytes_is_caught() throws IOException {
        List<String> lines = export(ChainVerifierTest.seedLog());
        lines.set(4, lines.get(4).replace("Pakistan–Bangladesh defence cooperation", "Pakistan–Bangladesh trade"));
        Finding broken = verify(lines).firstBreak();
        assertThat(broken.kind()).isEqualTo(Kind.ALTERED);
        assertThat(broken.detail()).contains("readable payload");
    }

    @Test
    void a_cut_off_file_is_truncated() throws IOException {
        List<String> lines = export(ChainVerifierTest.seedLog());
        assertThat(verify(lines.subList(0, lines.size() - 2)).firstBreak().kind()).isEqualTo(Kind.TRUNCATED);
    }

    @Test
    void a_line_that_is_not_json_is_malformed() throws IOException {
        List<String> lines = export(ChainVerifierTest.seedLog());
        lines.set(5, "{\"kind\":\"event\",");
        assertThat(verify(lines).firstBreak()).extracting(Finding::kind).isEqualTo(Kind.MALFORMED);
        assertThat(verify(List.of("not an export")).firstBreak().kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void a_one_record_export_verifies_on_its_own() throws IOException {
        SealedLog log = ChainVerifierTest.seedLog();
        List<String> lines = new ArrayList<>();
        lines.add(ExportFormat.header(new Scope(INITIATIVE), EXPORTED, 5));
        List<Link> links = log.links.stream().filter(link -> link.streamId().equals(INITIATIVE)).toList();
        links.forEach(link -> lines.add(ExportFormat.link(link)));
        lines.add(ExportFormat.trailer(links.size(), 5));

        Verdict verdict = verify(lines);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.OK);
        assertThat(verdict.head()).isEqualTo(log.at(5).seal().hash());
    }
}
