package ties.audit.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ties.audit.integrity.Finding.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The NDJSON export (one JSON object per line, docs/integrity.md): a header, the checkpoints, one
 * line per position (event and seal), and a trailer that counts them, so a cut-off file shows.
 * {@link #verify} checks a file offline with the same {@link ChainVerifier} the service uses.
 */
public final class ExportFormat {

    public static final String FORMAT = "ties-integrity-export";
    public static final int VERSION = 1;
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private ExportFormat() {
    }

    /** What the file holds: the whole store, or one stream (record) from its first event. */
    public record Scope(String streamId) {
        public static final Scope STORE = new Scope(null);

        public boolean store() {
            return streamId == null;
        }
    }

    public static String header(Scope scope, Instant exportedAt, long sealedHorizon) {
        ObjectNode line = JSON.createObjectNode()
                .put("kind", FORMAT)
                .put("version", VERSION)
                .put("scope", scope.store() ? "store" : "record");
        if (!scope.store()) {
            line.put("record", scope.streamId());
        }
        return line.put("exportedAt", exportedAt.toString())
                .put("algorithm", "SHA-256")
                .put("genesis", Hash.GENESIS.hex())
                .put("sealedHorizon", sealedHorizon)
                .toString();
    }

    public static String checkpoint(Checkpoint checkpoint) {
        return JSON.createObjectNode()
                .put("kind", "checkpoint")
                .put("number", checkpoint.number())
                .put("position", checkpoint.position())
                .put("eventCount", checkpoint.eventCount())
                .put("previousHash", checkpoint.previous().hex())
                .put("hash", checkpoint.hash().hex())
                .put("createdAt", checkpoint.createdAt().toString())
                .toString();
    }

    public static String link(Link link) {
        ObjectNode line = JSON.createObjectNode().put("kind", "event").put("position", link.position());
        StoredEvent event = link.event();
        if (event == null) {
            line.putNull("event");
        } else {
            line.putObject("event")
                    .put("eventIdentifier", event.eventIdentifier())
                    .put("aggregateIdentifier", event.aggregateIdentifier())
                    .put("sequenceNumber", event.sequenceNumber())
                    .put("type", event.type())
                    .put("payloadType", event.payloadType())
                    .put("payloadRevision", event.payloadRevision())
                    .put("timeStamp", event.timeStamp())
                    .set("payload", readable(event.payload()));
            ObjectNode stored = (ObjectNode) line.get("event");
            stored.set("metaData", readable(event.metaData()));
            stored.put("payloadBytes", base64(event.payload())).put("metaDataBytes", base64(event.metaData()));
        }
        Seal seal = link.seal();
        if (seal == null) {
            line.putNull("seal");
        } else {
            line.putObject("seal")
                    .put("streamId", seal.streamId())
                    .put("sequenceNumber", seal.sequenceNumber())
                    .put("eventIdentifier", seal.eventIdentifier())
                    .put("previousHash", seal.previous().hex())
                    .put("hash", seal.hash().hex());
        }
        return line.toString();
    }

    public static String trailer(long links, long lastPosition) {
        return JSON.createObjectNode().put("kind", "end").put("links", links).put("lastPosition", lastPosition).toString();
    }

    /**
     * Verifies an export read line by line: every chain from genesis, every checkpoint, that the
     * readable payload and metadata say what the hashed bytes say, and that the file is complete.
     */
    public static Verdict verify(BufferedReader lines) throws IOException {
        JsonNode header = parse(lines.readLine());
        if (header == null || !FORMAT.equals(header.path("kind").asText()) || header.path("version").asInt() != VERSION) {
            return malformed(1, "the first line is not a " + FORMAT + " version " + VERSION + " header");
        }
        boolean store = "store".equals(header.path("scope").asText());
        List<Checkpoint> checkpoints = new ArrayList<>();
        ChainVerifier verifier = null;
        long number = 1;
        long links = 0;
        long lastPosition = -1;
        JsonNode trailer = null;
        boolean broken = false;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode line = parse(text);
            String kind = line == null ? "" : line.path("kind").asText();
            try {
                if (trailer != null) {
                    throw new IllegalArgumentException("a line after the trailer");
                }
                if (kind.equals("checkpoint") && verifier == null) {
                    checkpoints.add(checkpointOf(line));
                    continue;
                }
                if (verifier == null) {
                    verifier = store ? ChainVerifier.ofStore(checkpoints)
                            : ChainVerifier.ofStream(header.path("record").asText(), header.path("sealedHorizon").asLong(-1));
                }
                if (kind.equals("end")) {
                    trailer = line;
                } else if (kind.equals("event")) {
                    Link link = linkOf(line);
                    links++;
                    lastPosition = link.position();
                    if (!verifier.accept(link)) {
                        broken = true;
                        break;
                    }
                    String unreadable = readableMismatch(line.path("event"));
                    if (unreadable != null) {
                        verifier.report(new Finding(Kind.ALTERED, link.position(), link.streamId(),
                                link.event().sequenceNumber(), link.event().eventIdentifier(), null, null, unreadable));
                        broken = true;
                        break;
                    }
                } else {
                    throw new IllegalArgumentException("a line of unknown kind '" + kind + "'"
                            + (kind.equals("checkpoint") ? " (checkpoints come before the events)" : ""));
                }
            } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
                verifier = verifier != null ? verifier : ChainVerifier.ofStore(List.of());
                verifier.report(new Finding(Kind.MALFORMED, lastPosition, null, null, null, null, null,
                        "line " + number + ": " + (e.getMessage() == null ? "a field is missing" : e.getMessage())));
                broken = true;
                break;
            }
        }
        if (verifier == null) {
            verifier = store ? ChainVerifier.ofStore(checkpoints) : ChainVerifier.ofStream(header.path("record").asText(), -1);
        }
        // A cut-off file also breaks the checkpoints past the cut: name the cause, not the symptom.
        if (!broken && (trailer == null || trailer.path("links").asLong(-1) != links)) {
            verifier.report(new Finding(Kind.TRUNCATED, lastPosition, null, null, null, null, null, trailer == null
                    ? "the file ends without its trailer: it was cut off after " + links + " events"
                    : "the trailer counts " + trailer.path("links").asLong() + " events, the file holds " + links));
        }
        return verifier.verdict();
    }

    private static Checkpoint checkpointOf(JsonNode line) {
        return new Checkpoint(line.get("number").asLong(), line.get("position").asLong(), line.get("eventCount").asLong(),
                new Hash(line.get("previousHash").asText()), new Hash(line.get("hash").asText()),
                Instant.parse(line.get("createdAt").asText()));
    }

    private static Link linkOf(JsonNode line) {
        long position = line.get("position").asLong();
        JsonNode event = line.get("event");
        JsonNode seal = line.get("seal");
        StoredEvent stored = event == null || event.isNull() ? null : new StoredEvent(position,
                text(event, "eventIdentifier"), text(event, "aggregateIdentifier"), event.get("sequenceNumber").asLong(),
                text(event, "type"), text(event, "payloadType"), text(event, "payloadRevision"),
                bytes(event, "payloadBytes"), bytes(event, "metaDataBytes"), text(event, "timeStamp"));
        Seal sealed = seal == null || seal.isNull() ? null : new Seal(position, text(seal, "streamId"),
                seal.get("sequenceNumber").asLong(), text(seal, "eventIdentifier"),
                new Hash(seal.get("previousHash").asText()), new Hash(seal.get("hash").asText()));
        return new Link(position, stored, sealed);
    }

    /** Why the readable payload or metadata misleads about the hashed bytes, or null when it does not. */
    private static String readableMismatch(JsonNode event) {
        for (String field : List.of("payload", "metaData")) {
            JsonNode shown = event.path(field);
            if (!shown.isMissingNode() && !readable(bytes(event, field + "Bytes")).equals(shown)) {
                return "the readable " + field + " differs from the hashed " + field + "Bytes";
            }
        }
        return null;
    }

    /** The bytes as JSON when they are JSON (Ties serializes events with Jackson), else null. */
    private static JsonNode readable(byte[] bytes) {
        if (bytes == null) {
            return JSON.nullNode();
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            return node == null || node.isMissingNode() ? JSON.nullNode() : node;
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : BASE64.encodeToString(bytes);
    }

    private static byte[] bytes(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : BASE64_DECODER.decode(value.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Verdict malformed(long line, String detail) {
        ChainVerifier verifier = ChainVerifier.ofStore(List.of());
        verifier.report(new Finding(Kind.MALFORMED, -1, null, null, null, null, null, "line " + line + ": " + detail));
        return verifier.verdict();
    }
}
