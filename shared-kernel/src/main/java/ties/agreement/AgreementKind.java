package ties.agreement;

/**
 * What sort of instrument an agreement is, as the report names it: a memorandum of understanding, a
 * (binding) agreement, joint guidance, terms of reference, a treaty, or something else.
 */
public enum AgreementKind {
    MOU("MoU"), AGREEMENT("Agreement"), JOINT_GUIDANCE("Joint guidance"), TERMS_OF_REFERENCE("Terms of reference"),
    TREATY("Treaty"), OTHER("Agreement");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    /** The kind as a sentence starts with it ("MoU signed: ..."). */
    public String label() {
        return label;
    }
}
