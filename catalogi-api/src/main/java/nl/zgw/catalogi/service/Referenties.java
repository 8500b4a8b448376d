package nl.zgw.catalogi.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.CatalogiEntity;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.persistence.CatalogiRepositories;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.problem.ZgwException;

import java.util.Optional;
import java.util.UUID;

import static nl.zgw.catalogi.domain.Collecties.CATALOGUSSEN;
import static nl.zgw.catalogi.domain.Collecties.ZAAKTYPEN;

/** The resources of this API by their URL, both ways: what a field of a write points at, and a resource's URL. */
@ApplicationScoped
public class Referenties {

    private final CatalogiRepositories repositories;
    private final PublicUrls urls;
    private final ZgwApiConfig config;

    public Referenties(CatalogiRepositories repositories, PublicUrls urls, ZgwApiConfig config) {
        this.repositories = repositories;
        this.urls = urls;
        this.config = config;
    }

    public String url(String collection, UUID uuid) {
        return urls.resource(collection, uuid);
    }

    /** The resource a write addresses by its path: 404 when there is none. */
    public <T extends CatalogiEntity> T found(Class<T> type, UUID uuid) {
        return repositories.of(type).findByUuid(uuid).orElseThrow(ZgwException::notFound);
    }

    /** The resource of this API a request field points at; {@code no_match} / {@code does_not_exist} otherwise. */
    public <T extends CatalogiEntity> T referenced(Class<T> type, String collection, String url, String field) {
        UUID uuid = ResourceUrl.uuidOf(url, config.root(), collection).orElseThrow(() -> ZgwException.invalid(field,
                "no_match", "De URL verwijst niet naar een " + collection + "-resource van deze API."));
        return repositories.of(type).findByUuid(uuid).orElseThrow(() -> ZgwException.invalid(field, "does_not_exist",
                "De resource bestaat niet."));
    }

    /** As {@link #referenced}, for an optional field: empty when it is absent or blank. */
    public <T extends CatalogiEntity> Optional<T> optionalReferenced(Class<T> type, String collection, String url,
                                                                     String field) {
        return url == null || url.isBlank() ? Optional.empty()
                : Optional.of(referenced(type, collection, url, field));
    }

    public Catalogus catalogus(String url, String field) {
        return referenced(Catalogus.class, CATALOGUSSEN, url, field);
    }

    public Zaaktype zaaktype(String url, String field) {
        return referenced(Zaaktype.class, ZAAKTYPEN, url, field);
    }
}
