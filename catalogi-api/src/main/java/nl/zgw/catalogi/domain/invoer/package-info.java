/**
 * The commands of the write side: each record is a resource to store, syntactically valid (bean validation has
 * checked its fields where the API bound it), the whole state after a PUT or PATCH. The service layer takes these
 * and checks every rule that needs the catalogue.
 */
package nl.zgw.catalogi.domain.invoer;
