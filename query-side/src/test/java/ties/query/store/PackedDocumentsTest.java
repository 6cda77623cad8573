package ties.query.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Packed read-model documents: deflated against the frozen dictionary, read back byte for byte")
class PackedDocumentsTest {

    /** A board document as the initiative projection writes it, for a report the dictionary never saw. */
    private static final String BOARD_DOCUMENT = """
            {"initiativeId":"in-id-joint-maritime-patrols","title":"Joint maritime patrols in the Andaman Sea",\
            "kind":"JOINT_PATROL","parties":["IN","ID"],"proposedBy":"indonesian-navy-chief",\
            "proposed":{"text":"in March 2024","precision":"MONTH","earliest":"2024-03-01","latest":"2024-03-31","edtf":"2024-03"},\
            "provenance":{"sources":[{"publisher":"The Jakarta Post","published":"2024-03-12","attribution":["a navy spokesman"]}],\
            "confidence":"MEDIUM"},"status":"PROPOSED","statusSince":{"text":"in March 2024","precision":"MONTH",\
            "earliest":"2024-03-01","latest":"2024-03-31","edtf":"2024-03"},"history":[{"eventId":"5d0c8a3e-41f7-4c1e-9b36-0f6f4f1f2a11",\
            "to":"PROPOSED","reopened":false,"occurred":{"text":"in March 2024","precision":"MONTH","earliest":"2024-03-01",\
            "latest":"2024-03-31","edtf":"2024-03"},"recordedAt":"2024-03-12T08:14:03.512Z","recordedBy":"editor-jakarta",\
            "provenance":{"sources":[{"publisher":"The Jakarta Post","published":"2024-03-12","attribution":["a navy spokesman"]}],\
            "confidence":"MEDIUM"},"statementIds":[],"agreementIds":[]}],"statements":[],"agreements":[],"obstacles":[],\
            "relationshipObstacles":[],"series":[],"engagementSeries":[],"corrections":[],"version":0,\
            "recordedAt":"2024-03-12T08:14:03.512Z","recordedBy":"editor-jakarta","lastChangeAt":"2024-03-12T08:14:03.512Z","withdrawn":false}""";

    @Test
    @DisplayName("a board document reads back as written, in well under half its bytes")
    void board_document() {
        byte[] packed = PackedDocuments.pack(BOARD_DOCUMENT);

        assertThat(PackedDocuments.unpack(packed)).isEqualTo(BOARD_DOCUMENT);
        assertThat(packed.length).isLessThan(BOARD_DOCUMENT.getBytes(StandardCharsets.UTF_8).length * 2 / 5);
        assertThat(packed[0]).as("format").isEqualTo((byte) 1);
    }

    @Test
    @DisplayName("text in any script, empty documents and documents far larger than any buffer guess read back as written")
    void any_text_and_size() {
        String urdu = "{\"title\":\"پاکستان اور ایران کی مشترکہ بحری مشقیں\",\"publisher\":\"روزنامہ جنگ\"}";
        StringBuilder history = new StringBuilder("{\"history\":[");
        for (int i = 0; i < 3_000; i++) {
            history.append(i == 0 ? "" : ",").append("{\"eventId\":\"").append(Integer.toHexString(i * 7919))
                    .append("\",\"to\":\"UNDER_DISCUSSION\",\"recordedBy\":\"editor-").append(i % 13).append("\"}");
        }
        String large = history.append("]}").toString();

        for (String document : new String[]{urdu, "{}", "", large}) {
            assertThat(PackedDocuments.unpack(PackedDocuments.pack(document))).isEqualTo(document);
        }
    }

    @Test
    @DisplayName("a row in another format, empty or cut short fails loudly instead of reading as some other document")
    void unreadable_rows() {
        byte[] packed = PackedDocuments.pack(BOARD_DOCUMENT);
        byte[] otherFormat = packed.clone();
        otherFormat[0] = 2;

        assertThatThrownBy(() -> PackedDocuments.unpack(otherFormat)).hasMessageContaining("format 2");
        assertThatThrownBy(() -> PackedDocuments.unpack(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> PackedDocuments.unpack(Arrays.copyOf(packed, packed.length / 2)))
                .hasMessageContaining("ends before its last block");
    }
}
