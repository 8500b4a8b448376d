package nl.zgw.zaken.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GeoJSON read into JTS: valid shapes, refused shapes, within. */
class GeometrieTest {

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void readsTheGeoJsonTypesAndRefusesTheRest() throws Exception {
        assertTrue(Geometrie.lees(json("{\"type\":\"Point\",\"coordinates\":[4.9,52.3]}")).isPresent());
        assertTrue(Geometrie.lees(json("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]]]}"))
                .isPresent());
        assertTrue(Geometrie.lees(json("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"LineString\","
                + "\"coordinates\":[[0,0],[1,1]]}]}")).isPresent());
        assertFalse(Geometrie.lees(json("{\"type\":\"Point\",\"coordinates\":[\"x\",1]}")).isPresent());
        assertFalse(Geometrie.lees(json("{\"type\":\"Cirkel\",\"coordinates\":[1,1]}")).isPresent());
        assertFalse(Geometrie.lees(json("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}")).isPresent());
        assertFalse(Geometrie.lees(json("[1,2]")).isPresent());
    }

    @Test
    void withinIsExact() throws Exception {
        Geometry l = Geometrie.lees(json("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,0],[2,1],[1,1],[1,2],"
                + "[0,2],[0,0]]]}")).orElseThrow();
        assertTrue(Geometrie.binnen(Geometrie.lees(json("{\"type\":\"Point\",\"coordinates\":[0.5,0.5]}"))
                .orElseThrow(), l));
        assertFalse(Geometrie.binnen(Geometrie.lees(json("{\"type\":\"Point\",\"coordinates\":[1.5,1.5]}"))
                .orElseThrow(), l));
    }
}
