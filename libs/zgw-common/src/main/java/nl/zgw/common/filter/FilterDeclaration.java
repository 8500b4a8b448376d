package nl.zgw.common.filter;

/**
 * A class holding the filter declaration of a list operation, named by {@link FilteredBy}; it needs a no-argument
 * constructor (it is created once per operation to read the names).
 */
public interface FilterDeclaration {
    Filters filters();
}
