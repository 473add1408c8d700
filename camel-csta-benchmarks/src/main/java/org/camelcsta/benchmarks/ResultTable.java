package org.camelcsta.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table a run prints and writes: a row per measurement with camel-csta, the raw client (the limit) and the
 * hand-rolled camel-netty route side by side, their ratio, the target and whether it is met. As Markdown, so
 * that the console and {@code docs/performance.md} show the same text.
 */
public final class ResultTable {

    private static final String[] HEADER = { "#", "Measurement", "camel-csta", "raw client (limit)",
        "hand-rolled camel-netty", "Ratio", "Target", "Met" };

    private final List<String[]> rows = new ArrayList<>();

    /** Adds a row; use {@code "—"} where a column does not apply. */
    public void add(String item, String measurement, String csta, String raw, String handRolled, String ratio,
                    String target, String met) {
        rows.add(new String[] { item, measurement, csta, raw, handRolled, ratio, target, met });
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as Markdown, columns padded so that it also reads well as plain text. */
    public String toMarkdown() {
        int[] widths = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = HEADER[i].length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths);
        String[] rule = new String[HEADER.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        out.append('\n');
    }

    /** {@code 12,345} */
    public static String count(double value) {
        return String.format("%,.0f", value);
    }

    /** {@code 0.85×} */
    public static String times(double ratio) {
        return String.format("%.2f×", ratio);
    }

    public static String met(boolean met) {
        return met ? "yes" : "**no**";
    }
}
