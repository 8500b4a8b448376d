package nl.zgw.common.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A JPQL order ({@code e.identificatie desc, e.id}) as its columns and directions, and the condition that seeks past
 * (or from) one row's values in that order. The last column must be unique, so the order is total.
 */
record SortKey(List<Column> columns) {

    record Column(String path, boolean descending) {
    }

    private static final Pattern PATH = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)+");

    /** The order's columns, when each is a plain path among {@code allowed}; empty otherwise (then: OFFSET). */
    static Optional<SortKey> of(String order, Set<String> allowed) {
        List<Column> columns = new ArrayList<>();
        for (String part : order.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words.length > 2 || !PATH.matcher(words[0]).matches() || !allowed.contains(words[0])) {
                return Optional.empty();
            }
            boolean descending = words.length == 2 && words[1].equalsIgnoreCase("desc");
            if (words.length == 2 && !descending && !words[1].equalsIgnoreCase("asc")) {
                return Optional.empty();
            }
            columns.add(new Column(words[0], descending));
        }
        return Optional.of(new SortKey(List.copyOf(columns)));
    }

    /** {@code e.identificatie, e.id}: the columns to select with each row. */
    String select() {
        return String.join(", ", columns.stream().map(Column::path).toList());
    }

    /**
     * The rows after the row with {@code values} in this order ({@code inclusive}: that row too), e.g. for
     * {@code a desc, id}: {@code a <= :a and (a < :a or (a = :a and id > :id))}. The leading bound is redundant but
     * lets the database start its index scan at the key instead of filtering from the start.
     */
    String after(List<Object> values, boolean inclusive, Function<Object, String> bind) {
        List<String> placeholders = values.stream().map(bind).toList();
        String rest = null;
        for (int i = columns.size() - 1; i >= 0; i--) {
            Column c = columns.get(i);
            String p = placeholders.get(i);
            boolean last = i == columns.size() - 1;
            String strict = c.path() + (c.descending() ? " < " : " > ") + p;
            String here = last && inclusive ? c.path() + (c.descending() ? " <= " : " >= ") + p : strict;
            rest = rest == null ? here : "(" + strict + " or (" + c.path() + " = " + p + " and " + rest + "))";
        }
        Column first = columns.get(0);
        if (columns.size() == 1) {
            return rest;
        }
        return first.path() + (first.descending() ? " <= " : " >= ") + placeholders.get(0) + " and " + rest;
    }
}
