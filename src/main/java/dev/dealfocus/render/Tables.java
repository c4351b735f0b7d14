package dev.dealfocus.render;

/** Cells of the reports' Markdown tables and CSV rows. */
final class Tables {
    private Tables() {
    }

    /** A Markdown table cell: no pipe or line break may end the cell early. */
    static String cell(String text) {
        return text == null ? "-" : text.replace("|", "\\|").replace("\n", " ");
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a deal name as a formula. */
    static String csv(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
