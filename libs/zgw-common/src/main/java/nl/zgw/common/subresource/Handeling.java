package nl.zgw.common.subresource;

/**
 * What a caller does with an existing sub-resource, as its hoofdobject's autorisatie judges it (the scope suffixes of
 * the standard: {@code zaken.lezen}, {@code documenten.bijwerken}, {@code documenten.verwijderen}). A create is not
 * here: its hoofdobject comes from the body, so the sub-resource's own rules check it where the standard says.
 */
public enum Handeling {
    LEZEN,
    BIJWERKEN,
    VERWIJDEREN
}
