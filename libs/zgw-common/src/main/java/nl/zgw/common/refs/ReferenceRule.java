package nl.zgw.common.refs;

import java.util.function.Predicate;

/**
 * A condition a referenced resource must meet beyond its shape, with the code and Dutch reason of its failure.
 *
 * @param code   e.g. {@code not-published}
 * @param reason the reason reported on the field
 * @param test   true when the resource passes
 */
public record ReferenceRule<T>(String code, String reason, Predicate<? super T> test) {

    /** A view of a Catalogi type that can be a concept. */
    public interface Publishable {
        Boolean concept();
    }

    /** A view of a resource that belongs to a catalogus. */
    public interface InCatalogus {
        String catalogus();
    }

    /** A view of a resource that belongs to a zaaktype. */
    public interface OfZaaktype {
        String zaaktype();
    }

    /** Published: {@code concept == false} (Open Zaak {@code not-published}). */
    public static <T extends Publishable> ReferenceRule<T> published() {
        return new ReferenceRule<>(ReferenceException.NOT_PUBLISHED, "De resource is nog niet gepubliceerd.",
                t -> Boolean.FALSE.equals(t.concept()));
    }

    /** In the same catalogus as {@code catalogusUrl}. */
    public static <T extends InCatalogus> ReferenceRule<T> inCatalogus(String catalogusUrl) {
        return new ReferenceRule<>(ReferenceException.OTHER_CATALOGUS,
                "De resource behoort niet tot dezelfde catalogus.", t -> catalogusUrl.equals(t.catalogus()));
    }

    /** Of the zaaktype {@code zaaktypeUrl}. */
    public static <T extends OfZaaktype> ReferenceRule<T> ofZaaktype(String zaaktypeUrl) {
        return new ReferenceRule<>(ReferenceException.ZAAKTYPE_MISMATCH,
                "De resource hoort niet bij het zaaktype.", t -> zaaktypeUrl.equals(t.zaaktype()));
    }
}
