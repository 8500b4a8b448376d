package nl.zgw.zaken.domain;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GeoJSON geometries (RFC 7946, the OAS {@code GeoJSONGeometry}: Point, MultiPoint, LineString, MultiLineString,
 * Polygon, MultiPolygon, GeometryCollection) read into JTS, in EPSG:4326 (x = longitude, y = latitude). Used to
 * validate {@code zaakgeometrie}, store its bounding box and test {@code zaakgeometrie.within} exactly.
 */
public final class Geometrie {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private Geometrie() {
    }

    /** The geometry, or empty when the JSON is no valid GeoJSON geometry. */
    public static Optional<Geometry> lees(JsonNode json) {
        try {
            Geometry g = geometry(json);
            return g.isValid() || g instanceof LineString || g instanceof Point ? Optional.of(g) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static Envelope omhullende(Geometry g) {
        return g.getEnvelopeInternal();
    }

    /** Is {@code g} within (or on the boundary of, as PostGIS ST_Within with covers) the area {@code gebied}? */
    public static boolean binnen(Geometry g, Geometry gebied) {
        return gebied.covers(g);
    }

    private static Geometry geometry(JsonNode json) {
        if (json == null || !json.isObject() || !json.path("type").isTextual()) {
            throw new IllegalArgumentException("no geometry");
        }
        String type = json.get("type").asText();
        if (type.equals("GeometryCollection")) {
            JsonNode members = json.get("geometries");
            requireArray(members);
            List<Geometry> gs = new ArrayList<>();
            members.forEach(m -> gs.add(geometry(m)));
            return FACTORY.createGeometryCollection(gs.toArray(Geometry[]::new));
        }
        JsonNode c = json.get("coordinates");
        requireArray(c);
        return switch (type) {
            case "Point" -> FACTORY.createPoint(coordinate(c));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(coordinates(c, 1));
            case "LineString" -> FACTORY.createLineString(coordinates(c, 2));
            case "MultiLineString" -> {
                List<LineString> lines = new ArrayList<>();
                c.forEach(l -> lines.add(FACTORY.createLineString(coordinates(l, 2))));
                yield FACTORY.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<Polygon> polys = new ArrayList<>();
                c.forEach(p -> polys.add(polygon(p)));
                yield FACTORY.createMultiPolygon(polys.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        requireArray(rings);
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("polygon without rings");
        }
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0), 4));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i), 4));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode list, int minimum) {
        requireArray(list);
        if (list.size() < minimum) {
            throw new IllegalArgumentException("too few positions");
        }
        Coordinate[] cs = new Coordinate[list.size()];
        for (int i = 0; i < list.size(); i++) {
            cs[i] = coordinate(list.get(i));
        }
        return cs;
    }

    private static Coordinate coordinate(JsonNode position) {
        requireArray(position);
        if (position.size() < 2 || position.size() > 3) {
            throw new IllegalArgumentException("a position has 2 or 3 numbers");
        }
        for (JsonNode n : position) {
            if (!n.isNumber()) {
                throw new IllegalArgumentException("a position has numbers");
            }
        }
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }

    private static void requireArray(JsonNode n) {
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException("array expected");
        }
    }
}
