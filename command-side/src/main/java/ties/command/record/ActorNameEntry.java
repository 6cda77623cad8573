package ties.command.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import ties.actor.ActorKind;

/**
 * One name or alias of an actor in normalized spelling, with the actor's kind and country (which
 * decide whether two actors of the same name are the same one).
 */
@Entity
@Table(name = "actor_name", indexes = @Index(name = "actor_name_by_name", columnList = "normalized_name"))
class ActorNameEntry {

    @Id
    @Column(length = 400)
    private String id;

    @Column(name = "actor_id", nullable = false, length = 100)
    private String actorId;

    @Column(name = "normalized_name", nullable = false, length = 300)
    private String normalizedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ActorKind kind;

    @Column(length = 2)
    private String country;

    /** Added later as an alias, rather than part of the registered (and correctable) facts. */
    @Column(name = "added_alias", nullable = false)
    private boolean addedAlias;

    protected ActorNameEntry() {
    }

    ActorNameEntry(String actorId, String normalizedName, ActorKind kind, String country, boolean addedAlias) {
        this.id = actorId + "|" + normalizedName;
        this.actorId = actorId;
        this.normalizedName = normalizedName;
        this.kind = kind;
        this.country = country;
        this.addedAlias = addedAlias;
    }

    String id() {
        return id;
    }

    String actorId() {
        return actorId;
    }

    ActorKind kind() {
        return kind;
    }

    String country() {
        return country;
    }

    void reclassify(ActorKind kind, String country) {
        this.kind = kind;
        this.country = country;
    }
}
