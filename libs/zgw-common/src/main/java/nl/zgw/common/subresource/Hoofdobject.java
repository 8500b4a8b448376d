package nl.zgw.common.subresource;

import nl.zgw.common.query.Where;

/**
 * How the sub-resources of one kind of hoofdobject (a zaak, a document) reach it: the autorisatie of the hoofdobject
 * decides who may see or change them, the list joins it, and a write is audited in its trail and notified with its
 * kenmerken. One implementation per kind of hoofdobject serves all its sub-resources ({@link SubResource}).
 *
 * @param <H> the hoofdobject's entity
 */
public interface Hoofdobject<H> {

    /** 403 unless the caller may do {@code handeling} with a sub-resource of {@code hoofdobject}. */
    void toegang(H hoofdobject, Handeling handeling);

    /**
     * The joins from the sub-resource (alias {@code e}) to the hoofdobject that {@link #zichtbaar} reads, e.g.
     * {@code join e.zaak z}; used by the count and the select of a list.
     */
    String join();

    /** The same joins as the select needs them for rendering (fetch joins, no query per row). */
    String fetch();

    /** The list's autorisatie predicate over the joined hoofdobject, added to the filters' conditions. */
    Where zichtbaar(Where where);

    /** The hoofdobject's URL: the audit trail it belongs to and the notification's {@code hoofdObject}. */
    String url(H hoofdobject);

    /** What the kanaal's kenmerken are read from (the hoofdobject's representation, or just its kenmerken). */
    Object kenmerken(H hoofdobject);
}
