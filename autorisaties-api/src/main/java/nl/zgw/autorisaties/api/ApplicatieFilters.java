package nl.zgw.autorisaties.api;

import nl.zgw.autorisaties.persistence.ApplicatieRepository;
import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;

import static nl.zgw.common.filter.ValueType.TEXT;

/**
 * The filters of {@code GET /applicaties} on the Applicatie {@code a}: {@code clientIds}, comma-separated, lists
 * the Applicaties holding every one of them (the reference implementation's {@code contains}). Newest first.
 */
public final class ApplicatieFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.where("clientIds", TEXT, (csv, where) ->
                            ApplicatieRepository.holdingEvery(Filters.csv(csv).stream().distinct().toList(), where))
                            .columns("ClientIdEntity.clientId"))
            .orderBy("a.id desc");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
