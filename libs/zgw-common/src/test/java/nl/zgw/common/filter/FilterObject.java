package nl.zgw.common.filter;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Test only: an object with a column of every filter value type (test table zgw_test_filter_object). */
@Entity
@Table(name = "zgw_test_filter_object")
public class FilterObject extends IdentifiedEntity {
    public String naam;
    public Integer aantal;
    public LocalDate datum;
    public OffsetDateTime tijdstip;
    public boolean actief;
    public String soort;
    public String ref;
    public LocalDate einde;
    public String zaaktype;
    public String vertrouwelijkheidaanduiding;
}
