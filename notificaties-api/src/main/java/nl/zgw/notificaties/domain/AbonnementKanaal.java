package nl.zgw.notificaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of {@code Abonnement.kanalen} (the standard's FilterGroup): a kanaal and the kenmerk filters on it. */
@Entity
@Table(name = "abonnement_kanaal")
public class AbonnementKanaal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "abonnement_id", nullable = false)
    public Abonnement abonnement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kanaal_id", nullable = false)
    public Kanaal kanaal;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> filters = new LinkedHashMap<>();

    /** Does a message with these kenmerken pass this entry's filters (standard §8.3)? */
    public boolean matches(Map<String, String> kenmerken) {
        return FilterMatch.matches(filters, kenmerken);
    }
}
