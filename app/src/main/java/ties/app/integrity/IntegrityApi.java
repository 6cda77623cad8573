package ties.app.integrity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.audit.integrity.ChainVerifier;
import ties.audit.integrity.Checkpoint;
import ties.audit.integrity.ExportFormat;
import ties.audit.integrity.ExportFormat.Scope;
import ties.audit.integrity.Verdict;
import ties.fact.Rejection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Verification and export of the sealed event store, for auditors ({@code /api/audit/**} in
 * AccessRules). Reads the store directly, so it answers on any node, whichever side it runs.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Histories, the global log, and what was known when")
public class IntegrityApi {

    private final IntegrityStore store;
    private final EventLinks links;

    public IntegrityApi(IntegrityStore store, EventLinks links) {
        this.store = store;
        this.links = links;
    }

    /** An export's answer: NDJSON, one JSON object a line (header, checkpoints, events, trailer), as a download. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "The export, one JSON object a line: a header, the checkpoints, "
            + "each event with its hash link, and a trailer with the count (docs/integrity.md)",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment, with a file name",
                    schema = @Schema(type = "string", example = "attachment; filename=\"ties-events.ndjson\"")),
            content = @Content(mediaType = ExportFormat.MEDIA_TYPE, schema = @Schema(type = "string",
                    description = "NDJSON: UTF-8 lines, each a JSON object (docs/integrity.md)")))
    @interface ExportAnswer {
    }

    /** A verdict and what it was about. */
    public record IntegrityReport(String scope, String record, Instant verifiedAt, @JsonUnwrapped Verdict verdict) {
    }

    @GetMapping("/integrity")
    @Operation(summary = "Verifies every stored event's hash chain and every checkpoint; names the first broken link")
    public IntegrityReport verifyStore() {
        return new IntegrityReport("store", null, Instant.now(), verify(store, links, Scope.STORE));
    }

    @GetMapping("/integrity/records/{id}")
    @Operation(summary = "Verifies one record's hash chain from its first event; names the first broken link")
    public IntegrityReport verifyRecord(@PathVariable String id) {
        return new IntegrityReport("record", id, Instant.now(), verify(store, links, new Scope(known(id))));
    }

    @GetMapping("/export")
    @Operation(summary = "The whole event log with its hashes and checkpoints, as NDJSON (docs/integrity.md)")
    @ExportAnswer
    public void export(HttpServletResponse response) throws IOException {
        write(response, Scope.STORE, "ties-events.ndjson");
    }

    @GetMapping("/export/records/{id}")
    @Operation(summary = "One record's events with their hashes, as NDJSON that verifies on its own")
    @ExportAnswer
    public void exportRecord(@PathVariable String id, HttpServletResponse response) throws IOException {
        write(response, new Scope(known(id)), "ties-record-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".ndjson");
    }

    /** Verifies the store or one stream as it is now; the command-line {@code verify} runs the same. */
    static Verdict verify(IntegrityStore store, EventLinks links, Scope scope) {
        return store.reading(() -> {
            ChainVerifier verifier;
            if (scope.store()) {
                verifier = ChainVerifier.ofStore(store.checkpoints());
            } else {
                verifier = ChainVerifier.ofStream(scope.streamId(), store.lastCheckpoint().map(Checkpoint::position).orElse(-1L));
            }
            links.links(scope.streamId(), EventLinks.START, verifier::accept);
            return verifier.verdict();
        });
    }

    private void write(HttpServletResponse response, Scope scope, String fileName) throws IOException {
        response.setContentType(ExportFormat.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        try {
            store.reading(() -> {
                List<Checkpoint> checkpoints = store.checkpoints();
                long horizon = checkpoints.isEmpty() ? -1 : checkpoints.get(checkpoints.size() - 1).position();
                line(out, ExportFormat.header(scope, Instant.now(), horizon));
                // Checkpoints span all streams: a one-record export cannot be checked against them.
                if (scope.store()) {
                    checkpoints.forEach(checkpoint -> line(out, ExportFormat.checkpoint(checkpoint)));
                }
                long[] counted = {0, -1};
                links.links(scope.streamId(), EventLinks.START, link -> {
                    line(out, ExportFormat.link(link));
                    counted[0]++;
                    counted[1] = link.position();
                    return true;
                });
                line(out, ExportFormat.trailer(counted[0], counted[1]));
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void line(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String known(String id) {
        if (id.length() > 255 || id.chars().anyMatch(Character::isISOControl)) {
            throw Rejection.invalid("id", "a record id is at most 255 characters without control characters");
        }
        if (!store.reading(() -> links.hasStream(id))) {
            throw Rejection.unknownRecord(null, "no record '" + id + "' is in the event store");
        }
        return id;
    }
}
