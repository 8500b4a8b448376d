package nl.zgw.zaken;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.zaken.api.ZaakFilters;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every column a filter of GET /zaken compares leads an index of its table (lists stay fast): the zaak table, or the
 * rol table for the {@code rol__*} filters (alias {@code r}, one EXISTS each).
 */
@QuarkusTest
class ZaakIndexTest {

    @Inject
    AgroalDataSource dataSource;

    static String column(String path) {
        String field = path.substring(path.indexOf('.') + 1);
        return field.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    @Test
    void everyFilterColumnIsIndexed() throws Exception {
        List<String> missing = new ArrayList<>();
        assertFalse(ZaakFilters.FILTERS.columns().isEmpty());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_indexes WHERE tablename = ?"
                     + " AND indexdef ~ ('\\(' || ? || '[,)]')")) {
            for (String path : ZaakFilters.FILTERS.columns()) {
                ps.setString(1, path.startsWith("r.") ? "rol" : "zaak");
                ps.setString(2, column(path));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        missing.add(column(path));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
