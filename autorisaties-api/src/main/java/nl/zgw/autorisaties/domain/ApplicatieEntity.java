package nl.zgw.autorisaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

@Entity
@Table(name = "ac_applicatie")
public class ApplicatieEntity extends IdentifiedEntity {

    @Column(nullable = false, length = 100)
    public String label;

    @Column(name = "heeft_alle_autorisaties", nullable = false)
    public boolean heeftAlleAutorisaties;

    @Column(name = "alleen_is_gereed_voor_publicatie", nullable = false)
    public boolean alleenIsGereedVoorPublicatie;
}
