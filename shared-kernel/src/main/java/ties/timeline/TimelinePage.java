package ties.timeline;

import java.util.List;

/**
 * A page of developments; {@code next} is the cursor for the following page, null on the last one.
 * Cursors are positions in the order (occurred, recorded, key), so pages stay stable while
 * developments are added.
 */
public record TimelinePage(List<Development> developments, String next) {
}
