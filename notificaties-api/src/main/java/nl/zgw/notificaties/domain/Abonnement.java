package nl.zgw.notificaties.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** ABONNEMENT: a consumer's callback with the kanalen (and kenmerk filters) it wants. {@code auth} is write-only. */
@Entity
@Table(name = "abonnement")
public class Abonnement extends IdentifiedEntity {

    @Column(name = "callback_url", nullable = false, columnDefinition = "text")
    public String callbackUrl;

    @Column(nullable = false, columnDefinition = "text")
    public String auth;

    /** The client id of the creator (as the reference implementation records it). */
    @Column(name = "client_id", nullable = false, length = 200)
    public String clientId = "";

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @OneToMany(mappedBy = "abonnement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<AbonnementKanaal> kanalen = new ArrayList<>();

    /** On update all kanalen and filters are replaced. */
    public void replaceKanalen(List<AbonnementKanaal> nieuw) {
        kanalen.clear();
        for (AbonnementKanaal k : nieuw) {
            k.abonnement = this;
            kanalen.add(k);
        }
    }

    @Override
    public String toString() {
        // never include auth
        return "Abonnement[" + uuid + "]";
    }
}
