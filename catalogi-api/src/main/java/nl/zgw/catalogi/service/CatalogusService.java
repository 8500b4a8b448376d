package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.invoer.Aanpassing;
import nl.zgw.catalogi.domain.invoer.CatalogusInvoer;
import nl.zgw.catalogi.persistence.CatalogusRepository;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.util.List;
import java.util.UUID;

/** Create, replace and patch a CATALOGUS; (domein, rsin) is unique (the rsin's elfproef is a field constraint). */
@ApplicationScoped
public class CatalogusService {

    private final CatalogusRepository catalogussen;
    private final Referenties referenties;
    private final Documenten documenten;
    private final CatalogusWijzigingen wijzigingen;

    public CatalogusService(CatalogusRepository catalogussen, Referenties referenties, Documenten documenten,
                            CatalogusWijzigingen wijzigingen) {
        this.catalogussen = catalogussen;
        this.referenties = referenties;
        this.documenten = documenten;
        this.wijzigingen = wijzigingen;
    }

    @Transactional
    public Catalogus create(CatalogusInvoer r) {
        Catalogus c = new Catalogus();
        c.uuid = UUID.randomUUID();
        apply(c, r);
        catalogussen.persist(c);
        wijzigingen.changed();
        return c;
    }

    @Transactional
    public Catalogus update(UUID uuid, CatalogusInvoer r) {
        Catalogus c = referenties.found(Catalogus.class, uuid);
        apply(c, r);
        wijzigingen.changed();
        return c;
    }

    @Transactional
    public Catalogus patch(UUID uuid, Aanpassing<CatalogusInvoer> aanpassing) {
        Catalogus c = referenties.found(Catalogus.class, uuid);
        apply(c, aanpassing.toegepastOp(((ObjectNode) c.data).deepCopy()));
        wijzigingen.changed();
        return c;
    }

    private void apply(Catalogus c, CatalogusInvoer r) {
        if (catalogussen.bezet(r.domein(), r.rsin(), c.uuid)) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField("unique",
                    "De velden domein, rsin moeten een unieke set zijn.")));
        }
        c.domein = r.domein();
        c.rsin = r.rsin();
        c.data = documenten.document(r);
    }
}
