package org.w3id.treatygraph.bench;

import java.util.List;
import java.util.Locale;

/**
 * A log-log line chart as SVG: time (ms) against dataset size (triples), one line per measured step, with
 * its fitted exponent in the legend.
 */
final class ScaleChart {
    /** One line: a name and its points (size in triples, time in milliseconds). */
    record Series(String name, double[] sizes, double[] millis) {
        /** The least-squares slope of log(time) on log(size): the exponent k in time ∝ size^k. */
        double exponent() {
            int n = sizes.length;
            if (n < 2) {
                return Double.NaN;
            }
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (int i = 0; i < n; i++) {
                double x = Math.log10(sizes[i]);
                double y = Math.log10(Math.max(millis[i], 0.01));
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            return (n * sxy - sx * sy) / (n * sxx - sx * sx);
        }
    }

    private static final String[] COLOURS = {"#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#16a085",
            "#7f8c8d", "#2c3e50"};
    private static final int WIDTH = 760, HEIGHT = 440, LEFT = 70, RIGHT = 250, TOP = 30, BOTTOM = 50;

    private ScaleChart() {}

    static String svg(String title, List<Series> series) {
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        for (Series s : series) {
            for (int i = 0; i < s.sizes().length; i++) {
                minX = Math.min(minX, s.sizes()[i]);
                maxX = Math.max(maxX, s.sizes()[i]);
                minY = Math.min(minY, Math.max(s.millis()[i], 0.1));
                maxY = Math.max(maxY, s.millis()[i]);
            }
        }
        int x0 = (int) Math.floor(Math.log10(minX)), x1 = Math.max(x0 + 1, (int) Math.ceil(Math.log10(maxX)));
        int y0 = (int) Math.floor(Math.log10(minY)), y1 = Math.max(y0 + 1, (int) Math.ceil(Math.log10(maxY)));
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
        for (int e = x0; e <= x1; e++) {
            double x = LEFT + plotW * (e - x0) / (x1 - x0);
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">10^%d</text>%n",
                    x, TOP, x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 16, e));
        }
        for (int e = y0; e <= y1; e++) {
            double y = TOP + plotH * (y1 - e) / (y1 - y0);
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, e >= 3 ? (long) Math.pow(10, e - 3) + " s"
                            : (e >= 0 ? (long) Math.pow(10, e) + " ms" : Math.pow(10, e) + " ms")));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">dataset size (triples, log)</text>%n",
                LEFT + plotW / 2, HEIGHT - 10));
        out.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">time (log)</text>%n",
                TOP + plotH / 2));
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.sizes().length; i++) {
                double x = LEFT + plotW * (Math.log10(s.sizes()[i]) - x0) / (x1 - x0);
                double y = TOP + plotH * (y1 - Math.log10(Math.max(s.millis()[i], 0.1))) / (y1 - y0);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
            }
            out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().strip(), colour));
            double ly = TOP + 10 + 20 * k;
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "<text x=\"%d\" y=\"%.1f\">%s (k = %.2f)</text>%n", WIDTH - RIGHT + 12, ly, WIDTH - RIGHT + 32, ly,
                    colour, WIDTH - RIGHT + 38, ly + 4, escape(s.name()), s.exponent()));
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
