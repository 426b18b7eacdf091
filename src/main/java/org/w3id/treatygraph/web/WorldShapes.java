package org.w3id.treatygraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The countries of the vendored {@code world-atlas} (Natural Earth 1:110m, TopoJSON) as SVG path data, projected on the
 * server with the Natural Earth I projection, keyed by ISO 3166-1 numeric code. Drawn on the server so that the maps
 * need no script: the signatories page inlines them, the editor's map view fetches {@code /map/world.svg}.
 * Antarctica is left out; shapes without a code (Kosovo, Somaliland, N. Cyprus) too, since no State of the graph
 * can be matched to them.
 */
public final class WorldShapes {
    public static final int WIDTH = 880;
    /** Without Antarctica the land lies between about 83.6° N and 56° S: the view box is cut to it. */
    public static final int HEIGHT = 400;
    private static final double EQUATOR_Y = 230;
    private static final double SCALE = 160;
    private static final String ANTARCTICA = "010";
    private static final WorldShapes INSTANCE = load();

    /** One country: its code, its name in the atlas and its path. */
    public record Shape(String isoNumeric, String name, String path) {}

    private final Map<String, Shape> shapes;

    private WorldShapes(Map<String, Shape> shapes) {
        this.shapes = shapes;
    }

    public static WorldShapes get() {
        return INSTANCE;
    }

    /** The shapes, in the atlas's order, by ISO numeric code ("704"). */
    public Map<String, Shape> byIsoNumeric() {
        return shapes;
    }

    private static WorldShapes load() {
        try (InputStream in = WorldShapes.class.getResourceAsStream("/static/vendor/world-atlas/countries-110m.json")) {
            JsonObject topology = JSON.parse(in);
            List<double[][]> arcs = arcs(topology);
            Map<String, Shape> shapes = new LinkedHashMap<>();
            for (JsonValue value : topology.getObj("objects").getObj("countries").get("geometries").getAsArray()) {
                JsonObject geometry = value.getAsObject();
                if (!geometry.hasKey("id") || geometry.getString("id").equals(ANTARCTICA)) {
                    continue;
                }
                String id = geometry.getString("id");
                StringBuilder path = new StringBuilder();
                JsonArray polygons = geometry.get("arcs").getAsArray();
                if (geometry.getString("type").equals("Polygon")) {
                    polygons = new JsonArray();
                    polygons.add(geometry.get("arcs"));
                }
                polygons.forEach(polygon -> polygon.getAsArray().forEach(ring -> ring(ring.getAsArray(), arcs, path)));
                shapes.put(id, new Shape(id, geometry.getObj("properties").getString("name"), path.toString()));
            }
            return new WorldShapes(Map.copyOf(shapes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TopoJSON's quantized, delta-encoded arcs as longitude, latitude. */
    private static List<double[][]> arcs(JsonObject topology) {
        JsonArray scale = topology.getObj("transform").get("scale").getAsArray();
        JsonArray translate = topology.getObj("transform").get("translate").getAsArray();
        double kx = number(scale.get(0)), ky = number(scale.get(1));
        double dx = number(translate.get(0)), dy = number(translate.get(1));
        List<double[][]> arcs = new ArrayList<>();
        for (JsonValue arc : topology.get("arcs").getAsArray()) {
            JsonArray points = arc.getAsArray();
            double[][] projected = new double[points.size()][];
            long x = 0, y = 0;
            for (int i = 0; i < points.size(); i++) {
                x += (long) number(points.get(i).getAsArray().get(0));
                y += (long) number(points.get(i).getAsArray().get(1));
                projected[i] = new double[] {x * kx + dx, y * ky + dy};
            }
            arcs.add(projected);
        }
        return arcs;
    }

    /**
     * A ring: its arcs joined (a negative index ~i is arc i reversed), projected, points closer than half a pixel
     * dropped. A ring that crosses the antimeridian (Russia's east, Fiji) is drawn whole east of it, past the map's
     * right edge, where the view box cuts it, rather than as a band across the map.
     */
    private static void ring(JsonArray indexes, List<double[][]> arcs, StringBuilder path) {
        List<double[]> points = new ArrayList<>();
        for (JsonValue value : indexes) {
            int index = (int) number(value);
            double[][] arc = arcs.get(index < 0 ? ~index : index);
            for (int i = 0; i < arc.length; i++) {
                points.add(arc[index < 0 ? arc.length - 1 - i : i]);
            }
        }
        boolean crosses = false;
        for (int i = 1; i < points.size(); i++) {
            crosses |= Math.abs(points.get(i)[0] - points.get(i - 1)[0]) > 180;
        }
        double[] last = null;
        for (double[] lonLat : points) {
            double[] point = project(crosses && lonLat[0] < 0 ? lonLat[0] + 360 : lonLat[0], lonLat[1]);
            if (last == null || Math.hypot(point[0] - last[0], point[1] - last[1]) >= 0.5) {
                path.append(last == null ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", point[0], point[1]));
                last = point;
            }
        }
        path.append('Z');
    }

    /** Natural Earth I (Šavrič et al. 2011), the polynomial d3-geo uses, scaled and centred on the view box. */
    static double[] project(double longitude, double latitude) {
        double lambda = Math.toRadians(longitude), phi = Math.toRadians(latitude);
        double phi2 = phi * phi, phi4 = phi2 * phi2;
        double x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
        double y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
        return new double[] {WIDTH / 2.0 + x * SCALE, EQUATOR_Y - y * SCALE};
    }

    private static double number(JsonValue value) {
        return value.getAsNumber().value().doubleValue();
    }
}
