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

/** Every column a filter of GET /zaken compares leads an index of the zaak table (lists stay fast). */
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
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_indexes WHERE tablename = 'zaak'"
                     + " AND indexdef ~ ('\\(' || ? || '[,)]')")) {
            for (String path : ZaakFilters.FILTERS.columns()) {
                ps.setString(1, column(path));
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
