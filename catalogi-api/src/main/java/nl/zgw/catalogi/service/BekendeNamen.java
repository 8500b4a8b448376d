package nl.zgw.catalogi.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.rules.PublishedRelations;
import nl.zgw.catalogi.persistence.VersionedTypeRepository;
import nl.zgw.common.problem.InvalidParam;

import java.util.List;
import java.util.Set;

/** Relations by name (1.3 history model) checked against the versions of the catalogus that carry the names. */
@ApplicationScoped
public class BekendeNamen {

    /**
     * Relations by name that no version in the catalogus carries: {@code does_not_exist} on field.i. A URL left
     * among the names is one {@link RelationNames} could not name and has reported already.
     */
    public void onbekende(List<InvalidParam> errors, VersionedTypeRepository<?> versies, Long catalogusId,
                          List<String> names, String field) {
        Set<String> known = versies.bekendeNamen(catalogusId, names, false);
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i)) && !RelationNames.isUrl(names.get(i))) {
                errors.add(new InvalidParam(field + "." + i, "does_not_exist",
                        "'" + names.get(i) + "' bestaat niet in de catalogus."));
            }
        }
    }

    /** Related names without a published version, which block a publish: {@code concept-relation}. */
    public void ongepubliceerde(List<InvalidParam> errors, VersionedTypeRepository<?> versies, Long catalogusId,
                                List<String> names, String field) {
        errors.addAll(PublishedRelations.check(field, names, versies.bekendeNamen(catalogusId, names, true)));
    }
}
