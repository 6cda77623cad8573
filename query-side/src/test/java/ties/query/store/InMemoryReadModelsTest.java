package ties.query.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

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
}
