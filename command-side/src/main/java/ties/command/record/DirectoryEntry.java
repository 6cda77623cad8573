package ties.command.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ties.record.RecordType;

@Entity
@Table(name = "record_directory")
class DirectoryEntry {

    @Id
    @Column(name = "record_id", length = 100)
    private String recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 20)
    private RecordType recordType;

    @Column(nullable = false)
    private boolean withdrawn;

    protected DirectoryEntry() {
    }

    DirectoryEntry(String recordId, RecordType recordType) {
        this.recordId = recordId;
        this.recordType = recordType;
    }

    RecordDirectory.Entry toEntry() {
        return new RecordDirectory.Entry(recordType, withdrawn);
    }

    void withdraw() {
        withdrawn = true;
    }
}
