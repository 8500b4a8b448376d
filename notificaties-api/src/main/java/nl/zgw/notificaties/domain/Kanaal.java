package nl.zgw.notificaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** KANAAL: where a source publishes; {@code filters} are the kenmerk names abonnementen may filter on. */
@Entity
@Table(name = "kanaal")
public class Kanaal extends IdentifiedEntity {

    @Column(nullable = false, length = 50, unique = true)
    public String naam;

    @Column(name = "documentatie_link", nullable = false, length = 200)
    public String documentatieLink = "";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> filters = new ArrayList<>();
}
