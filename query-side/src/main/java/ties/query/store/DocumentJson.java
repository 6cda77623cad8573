package ties.query.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Read-model documents as JSON text, as every store holds them (the database packs it: {@link PackedDocuments}).
 * Absent values are left out rather than written as {@code null}: they read back as null all the same,
 * and a board document carried a dozen of them (about a tenth of its bytes, stored again in every
 * version; issue 15).
 */
final class DocumentJson {

    private final ObjectMapper mapper;

    DocumentJson(ObjectMapper mapper) {
        this.mapper = mapper.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    String write(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store read-model document " + document.getClass().getName(), e);
        }
    }

    <T> T read(String document, Class<T> type) {
        try {
            return mapper.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored read-model document is not a " + type.getName(), e);
        }
    }
}
