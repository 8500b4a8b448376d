package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.api.CatalogusRequest;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.persistence.CatalogusRepository;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.util.List;
import java.util.UUID;

/** Create, replace and patch a CATALOGUS; (domein, rsin) is unique (the rsin's elfproef is a field constraint). */
@ApplicationScoped
public class CatalogusService {

    private final CatalogusWrites w;
    private final CatalogusRepository catalogussen;

    public CatalogusService(CatalogusWrites w, CatalogusRepository catalogussen) {
        this.w = w;
        this.catalogussen = catalogussen;
    }

    @Transactional
    public Catalogus create(CatalogusRequest r) {
        Catalogus c = new Catalogus();
        c.uuid = UUID.randomUUID();
        apply(c, r);
        c.persist();
        w.changed();
        return c;
    }

    @Transactional
    public Catalogus update(UUID uuid, CatalogusRequest r) {
        Catalogus c = w.found(Catalogus.class, uuid);
        apply(c, r);
        w.changed();
        return c;
    }

    @Transactional
    public Catalogus patch(UUID uuid, JsonNode patch) {
        Catalogus c = w.found(Catalogus.class, uuid);
        CatalogusRequest r = w.merge((ObjectNode) c.data, patch, CatalogusRequest.class);
        apply(c, r);
        w.changed();
        return c;
    }

    private void apply(Catalogus c, CatalogusRequest r) {
        if (catalogussen.bezet(r.domein(), r.rsin(), c.uuid)) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField("unique",
                    "De velden domein, rsin moeten een unieke set zijn.")));
        }
        c.domein = r.domein();
        c.rsin = r.rsin();
        c.data = w.document(r);
    }
}
