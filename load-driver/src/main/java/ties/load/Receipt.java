package ties.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** A command's answer: {@code {"id","version","outcome","position"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Receipt(String id, long version, String outcome, long position) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Receipt parse(byte[] body) throws IOException {
        return JSON.readValue(body, Receipt.class);
    }

    /** Whether the command appended an event (a retried creation answers UNCHANGED and appends none). */
    boolean appended() {
        return "CREATED".equals(outcome) || "UPDATED".equals(outcome);
    }
}
