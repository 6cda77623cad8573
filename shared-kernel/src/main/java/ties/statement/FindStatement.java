package ties.statement;

public record FindStatement(String statementId) {
}
