package ties.initiative;

import java.time.Instant;
import java.util.List;

/** The board's answer: initiatives, most recently changed first, as of a moment (null: now). */
public record InitiativeBoard(List<InitiativeView> initiatives, Instant asOf) {
}
