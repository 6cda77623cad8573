package ties.query.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("In-memory read models: versioned documents with the semantics of the database store")
class InMemoryReadModelsTest extends ReadModelsContract {

    private final InMemoryReadModels memory = new InMemoryReadModels();

    @BeforeEach
    void useMemory() {
        store = memory;
    }

    @Override
    protected int versions(String model, String key) {
        return memory.versions(model, key);
    }

    @Override
    protected int rowCount(String model) {
        return memory.rowCount(model);
    }

    @Test
    @DisplayName("values longer than their database columns are refused, as the database would")
    void column_lengths() {
        assertThatThrownBy(() -> store.put("m", "k", T1, row("doc", "x".repeat(401), Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort_key");
        assertThatThrownBy(() -> store.put("m", "k", T1, row("doc", "1", Set.of("t".repeat(301)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
        assertThat(store.current("m", "k", Doc.class)).isEmpty();
    }
}
