package nl.zgw.catalogi.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import java.time.LocalDate;

/** "Valid on d": begin and einde geldigheid, both inclusive ("geldig tot en met"), an empty einde open. */
final class Geldig {

    private Geldig() {
    }

    static Predicate op(CriteriaBuilder cb, Path<?> versie, LocalDate d) {
        Path<LocalDate> einde = versie.get("eindeGeldigheid");
        return cb.and(cb.lessThanOrEqualTo(versie.get("beginGeldigheid"), d),
                cb.or(cb.isNull(einde), cb.greaterThanOrEqualTo(einde, d)));
    }
}
