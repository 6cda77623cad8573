package ties.statement;

import java.util.List;

public record StatementMatches(List<StatementView> statements) {
}
