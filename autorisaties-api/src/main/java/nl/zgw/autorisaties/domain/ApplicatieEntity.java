package nl.zgw.autorisaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "ac_applicatie")
public class ApplicatieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;

    @Column(nullable = false, length = 100)
    public String label;

    @Column(name = "heeft_alle_autorisaties", nullable = false)
    public boolean heeftAlleAutorisaties;

    @Column(name = "alleen_is_gereed_voor_publicatie", nullable = false)
    public boolean alleenIsGereedVoorPublicatie;
}
