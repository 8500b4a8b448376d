package nl.zgw.catalogi.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.Besluittype;
import nl.zgw.catalogi.domain.Informatieobjecttype;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.catalogi.domain.VersionedType;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.persistence.CatalogiRepositories;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Relations by name (1.3) also take the URL of a version, as clients written against Open Zaak (1.3.1, URL-valued)
 * send them: the URL of a type in the same catalogus stands for its name (any version's URL gives the shared
 * name); a value that is not an absolute http(s) URL stays a name. A URL that is not one of this API
 * ({@code no_match}), of another resource ({@code incorrect_match}), of no type ({@code does_not_exist}) or of a type
 * of another catalogus ({@code relations-incorrect-catalogus}) is an error on the field, with the codes of the
 * reference's hyperlinked fields.
 */
@ApplicationScoped
public class RelationNames {

    /** The types related by name: their collection, entity and the name their versions share. */
    public enum Type {
        BESLUITTYPE("besluittypen", Besluittype.class, t -> ((Besluittype) t).omschrijving),
        INFORMATIEOBJECTTYPE("informatieobjecttypen", Informatieobjecttype.class,
                t -> ((Informatieobjecttype) t).omschrijving),
        ZAAKTYPE("zaaktypen", Zaaktype.class, t -> ((Zaaktype) t).identificatie);

        final String collection;
        final Class<? extends VersionedType> entity;
        final Function<VersionedType, String> naam;

        Type(String collection, Class<? extends VersionedType> entity, Function<VersionedType, String> naam) {
            this.collection = collection;
            this.entity = entity;
            this.naam = naam;
        }
    }

    private final CatalogiRepositories repositories;
    private final ZgwApiConfig config;

    public RelationNames(CatalogiRepositories repositories, ZgwApiConfig config) {
        this.repositories = repositories;
        this.config = config;
    }

    /** The names {@code values} stand for, index by index; a value in error is left out and reported on field.i. */
    public List<String> names(Type type, Long catalogusId, List<String> values, String field,
                              List<InvalidParam> errors) {
        List<String> names = new ArrayList<>();
        if (values == null) {
            return names;
        }
        for (int i = 0; i < values.size(); i++) {
            name(type, catalogusId, values.get(i), field + "." + i, errors).ifPresent(names::add);
        }
        return names;
    }

    /** The name {@code value} stands for; empty (and the error in {@code errors}) for a URL that is not one. */
    public Optional<String> name(Type type, Long catalogusId, String value, String field, List<InvalidParam> errors) {
        if (!isUrl(value)) {
            return Optional.ofNullable(value);
        }
        Optional<ResourceUrl> link = ResourceUrl.parse(value, config.root());
        if (link.isEmpty()) {
            errors.add(new InvalidParam(field, "no_match", "Ongeldige hyperlink - Geen overeenkomende URL."));
            return Optional.empty();
        }
        if (!link.get().collection().equals(type.collection)) {
            errors.add(new InvalidParam(field, "incorrect_match", "Ongeldige hyperlink - Incorrecte URL match; "
                    + "verwacht een " + type.collection + "-resource."));
            return Optional.empty();
        }
        return version(type, link.get().uuid(), catalogusId, field, errors).map(type.naam);
    }

    /** Whether {@code value} is the URL of a version of {@code type} held here (in whatever catalogus). */
    public boolean isVersionUrl(Type type, String value) {
        return isUrl(value) && ResourceUrl.parse(value, config.root())
                .filter(l -> l.collection().equals(type.collection))
                .flatMap(l -> repositories.of(type.entity).findByUuid(l.uuid())).isPresent();
    }

    private Optional<VersionedType> version(Type type, UUID uuid, Long catalogusId, String field,
                                            List<InvalidParam> errors) {
        Optional<? extends VersionedType> found = repositories.of(type.entity).findByUuid(uuid);
        if (found.isEmpty()) {
            errors.add(new InvalidParam(field, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."));
            return Optional.empty();
        }
        if (!found.get().catalogus.id.equals(catalogusId)) {
            errors.add(new InvalidParam(field, "relations-incorrect-catalogus",
                    "Het " + type.name().toLowerCase(Locale.ROOT) + " hoort bij een andere catalogus."));
            return Optional.empty();
        }
        return Optional.of(found.get());
    }

    static boolean isUrl(String value) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://");
    }
}
