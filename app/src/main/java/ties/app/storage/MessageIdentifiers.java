package ties.app.storage;

import org.axonframework.common.IdentifierFactory;
import ties.record.RandomUuids;

/**
 * The ids of Axon's messages (commands, events, their results), found by Axon through
 * {@code META-INF/services}: random UUIDs as Axon's default makes them, without every thread taking
 * the one shared {@code SecureRandom} lock for each (see {@link RandomUuids}).
 */
public class MessageIdentifiers extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return RandomUuids.next().toString();
    }
}
