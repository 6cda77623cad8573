package ties.query.store;

import java.util.List;

/**
 * A projection (a bean with a {@code @ProcessingGroup}): the read models it writes. A rebuild builds
 * a processing group's models anew together and switches them over together.
 */
public interface Projection {

    /** The models this projection reads and writes; no projection of another processing group touches them. */
    List<String> models();
}
