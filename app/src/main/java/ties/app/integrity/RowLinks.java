package ties.app.integrity;

import ties.audit.integrity.Link;

import java.util.function.Predicate;

/** The JPA event store's links: {@code domain_event_entry} rows joined with their seals, a page of positions per query. */
record RowLinks(IntegrityStore store) implements EventLinks {

    @Override
    public void links(String streamId, long afterPosition, Predicate<Link> next) {
        store.links(streamId, afterPosition, next);
    }

    @Override
    public void linksToCheckpoint(long afterPosition, Predicate<Link> next) {
        store.linksToCheckpoint(afterPosition, next);
    }

    @Override
    public boolean hasStream(String streamId) {
        return store.hasStream(streamId);
    }
}
