package nl.zgw.notificaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** KANAAL: where a source publishes; {@code filters} are the kenmerk names abonnementen may filter on. */
@Entity
@Table(name = "kanaal")
public class Kanaal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;

    @Column(nullable = false, length = 50, unique = true)
    public String naam;

    @Column(name = "documentatie_link", nullable = false, length = 200)
    public String documentatieLink = "";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> filters = new ArrayList<>();
}
