package ties.query.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One version of one read-model document. A change closes the current version ({@code validTo}) and
 * adds a new one, so every read model keeps its history in recorded time: the current view is the
 * rows with no {@code validTo}, the view as of T the rows valid at T.
 */
@Entity
@Table(name = "read_model_row", indexes = {
        @Index(name = "read_model_row_current", columnList = "model, record_key, valid_to"),
        @Index(name = "read_model_row_order", columnList = "model, valid_to, sort_key"),
        @Index(name = "read_model_row_history", columnList = "model, sort_key, valid_from, valid_to")})
class ReadModelRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "read_model_row_seq")
    @SequenceGenerator(name = "read_model_row_seq", sequenceName = "read_model_row_seq", allocationSize = 50)
    @Column(name = "row_id")
    private Long rowId;

    @Column(nullable = false, length = 40)
    private String model;

    @Column(name = "record_key", nullable = false, length = 300)
    private String recordKey;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(name = "sort_key", nullable = false, length = 400)
    private String sortKey;

    @Column(length = 40)
    private String kind;

    @Column(name = "occurred_from")
    private LocalDate occurredFrom;

    @Column(name = "occurred_to")
    private LocalDate occurredTo;

    @Column(name = "search_text", columnDefinition = "text")
    private String searchText;

    @Column(nullable = false, columnDefinition = "text")
    private String document;

    @ElementCollection
    @CollectionTable(name = "read_model_tag", joinColumns = @JoinColumn(name = "row_id"),
            indexes = @Index(name = "read_model_tag_by_tag", columnList = "tag, row_id"))
    @Column(name = "tag", nullable = false, length = 300)
    private Set<String> tags = new HashSet<>();

    protected ReadModelRow() {
    }

    ReadModelRow(String model, String recordKey, Instant validFrom, RowContent content, String document) {
        this.model = model;
        this.recordKey = recordKey;
        this.validFrom = validFrom;
        this.sortKey = content.sortKey();
        this.kind = content.kind();
        this.occurredFrom = content.occurredFrom();
        this.occurredTo = content.occurredTo();
        this.searchText = content.searchText();
        this.document = document;
        this.tags = new HashSet<>(content.tags());
    }

    boolean holds(RowContent content, String otherDocument) {
        return document.equals(otherDocument)
                && sortKey.equals(content.sortKey())
                && Objects.equals(kind, content.kind())
                && Objects.equals(occurredFrom, content.occurredFrom())
                && Objects.equals(occurredTo, content.occurredTo())
                && Objects.equals(searchText, content.searchText())
                && tags.equals(content.tags());
    }

    void close(Instant at) {
        validTo = at;
    }

    String recordKey() {
        return recordKey;
    }

    String document() {
        return document;
    }

    String sortKey() {
        return sortKey;
    }

    Instant validFrom() {
        return validFrom;
    }

    String kind() {
        return kind;
    }

    LocalDate occurredFrom() {
        return occurredFrom;
    }

    LocalDate occurredTo() {
        return occurredTo;
    }
}
