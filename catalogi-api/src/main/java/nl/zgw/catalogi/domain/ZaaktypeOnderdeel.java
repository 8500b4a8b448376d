package nl.zgw.catalogi.domain;

import jakarta.persistence.*;


/**
 * What every type of one zaaktype version has (statustype, roltype, eigenschap, resultaattype, ZIOT,
 * zaakobjecttype): its identity and the zaaktype it belongs to (ztc-010 follows that zaaktype's concept flag).
 */
@MappedSuperclass
public abstract class ZaaktypeOnderdeel extends CatalogiEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaaktype_id", nullable = false)
    public Zaaktype zaaktype;
}
