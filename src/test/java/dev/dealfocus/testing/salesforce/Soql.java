package dev.dealfocus.testing.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of SOQL the simulated org understands, parsed into a tree: {@code SELECT} fields, relationship
 * fields ({@code Contact.HasOptedOutOfEmail}) and child subqueries, {@code FROM}, {@code WHERE} with
 * {@code AND}/{@code OR}/parentheses, comparisons, {@code IN (...)}, date literals ({@code TODAY},
 * {@code LAST_N_DAYS:n}), {@code GROUP BY} with {@code COUNT(field)} and {@code SUM(field)}, {@code ORDER BY}
 * and {@code LIMIT}. Anything else is a {@code MALFORMED_QUERY},
 * as Salesforce answers it.
 */
final class Soql {
    /** A parsed query. */
    record Query(List<String> fields, List<Query> subqueries, String from, Condition where, List<Order> orderBy, Integer limit,
                 boolean count, List<Aggregate> aggregates, List<String> groupBy) {
        boolean aggregated() {
            return !aggregates.isEmpty() || !groupBy.isEmpty();
        }
    }

    /** {@code COUNT(field)} or {@code SUM(field)} with its alias ({@code expr0}, {@code expr1}... without one). */
    record Aggregate(String function, String field, String alias) {
    }

    record Order(String field, boolean descending) {
    }

    /** A WHERE clause. */
    sealed interface Condition {
    }

    record And(List<Condition> parts) implements Condition {
    }

    record Or(List<Condition> parts) implements Condition {
    }

    /** {@code field op value}; for IN, the values, and the quoted ones as a set (an IN of 400 ids over 100,000 rows). */
    record Compare(String field, String op, List<Literal> values, java.util.Set<String> texts) implements Condition {
        Compare(String field, String op, List<Literal> values) {
            this(field, op, values, values.stream().filter(v -> v.kind().equals("string")).map(Literal::text)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
    }

    /** A literal as written: a quoted string, a number, a date or datetime, true/false/null, or a date literal. */
    record Literal(String kind, String text) {
    }

    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private final List<String> tokens;
    private int at;

    private Soql(String text) {
        this.tokens = tokenize(text);
    }

    static Query parse(String text) {
        Soql p = new Soql(text);
        Query q = p.query();
        if (p.at != p.tokens.size()) {
            throw new Malformed("unexpected token: " + p.tokens.get(p.at));
        }
        return q;
    }

    private Query query() {
        expect("SELECT");
        List<String> fields = new ArrayList<>();
        List<Query> subqueries = new ArrayList<>();
        boolean count = false;
        List<Aggregate> aggregates = new ArrayList<>();
        if (peek("COUNT") && at + 2 < tokens.size() && tokens.get(at + 1).equals("(") && tokens.get(at + 2).equals(")")) {
            at += 3; // SELECT COUNT() FROM ...: the answer's totalSize, no records
            count = true;
        } else do {
            if (peek("(")) {
                next();
                subqueries.add(query());
                expect(")");
            } else if ((peek("COUNT") || peek("SUM")) && at + 1 < tokens.size() && tokens.get(at + 1).equals("(")) {
                String function = next().toUpperCase(Locale.ROOT);
                expect("(");
                String field = identifier();
                expect(")");
                String alias = peek(",") || peek("FROM") ? "expr" + aggregates.size() : identifier();
                aggregates.add(new Aggregate(function, field, alias));
            } else {
                fields.add(identifier());
            }
        } while (accept(","));
        expect("FROM");
        String from = identifier();
        Condition where = accept("WHERE") ? or() : null;
        List<String> groupBy = new ArrayList<>();
        if (accept("GROUP")) {
            expect("BY");
            do {
                groupBy.add(identifier());
            } while (accept(","));
        }
        if (!aggregates.isEmpty() && !groupBy.containsAll(fields)) {
            throw new Malformed("Field must be grouped or aggregated: " + fields);
        }
        List<Order> order = new ArrayList<>();
        if (accept("ORDER")) {
            expect("BY");
            do {
                String field = identifier();
                boolean desc = accept("DESC");
                if (!desc) {
                    accept("ASC");
                }
                order.add(new Order(field, desc));
            } while (accept(","));
        }
        Integer limit = accept("LIMIT") ? Integer.parseInt(next()) : null;
        return new Query(fields, subqueries, from, where, order, limit, count, aggregates, groupBy);
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>(List.of(and()));
        while (accept("OR")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>(List.of(atom()));
        while (accept("AND")) {
            parts.add(atom());
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private Condition atom() {
        if (accept("(")) {
            Condition c = or();
            expect(")");
            return c;
        }
        String field = identifier();
        if (accept("IN")) {
            expect("(");
            List<Literal> values = new ArrayList<>();
            do {
                values.add(literal());
            } while (accept(","));
            expect(")");
            return new Compare(field, "IN", values);
        }
        String op = next();
        if (!List.of("=", "!=", "<", ">", "<=", ">=").contains(op)) {
            throw new Malformed("unexpected operator " + op);
        }
        return new Compare(field, op, List.of(literal()));
    }

    private Literal literal() {
        String t = next();
        if (t.startsWith("'")) {
            return new Literal("string", t.substring(1, t.length() - 1));
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.equals("NULL") || upper.equals("TRUE") || upper.equals("FALSE")) {
            return new Literal(upper.toLowerCase(Locale.ROOT), t);
        }
        if (upper.equals("TODAY") || upper.startsWith("LAST_N_DAYS:")) {
            return new Literal("dateLiteral", upper);
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
            return new Literal("datetime", t);
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new Literal("date", t);
        }
        if (t.matches("-?\\d+(\\.\\d+)?")) {
            return new Literal("number", t);
        }
        throw new Malformed("unexpected value " + t);
    }

    private String identifier() {
        String t = next();
        if (!t.matches("[A-Za-z][A-Za-z0-9_.]*")) {
            throw new Malformed("expected a field name, found " + t);
        }
        return t;
    }

    private boolean peek(String token) {
        return at < tokens.size() && tokens.get(at).equalsIgnoreCase(token);
    }

    private boolean accept(String token) {
        if (peek(token)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new Malformed("expected " + token + (at < tokens.size() ? " at " + tokens.get(at) : " at the end"));
        }
    }

    private String next() {
        if (at >= tokens.size()) {
            throw new Malformed("unexpected end of query");
        }
        return tokens.get(at++);
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder s = new StringBuilder("'");
                i++;
                while (i < text.length() && text.charAt(i) != '\'') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        char e = text.charAt(++i);
                        s.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
                    } else {
                        s.append(text.charAt(i));
                    }
                    i++;
                }
                if (i >= text.length()) {
                    throw new Malformed("unterminated string");
                }
                tokens.add(s.append('\'').toString());
                i++;
            } else if ("(),".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else if ("=<>!".indexOf(c) >= 0) {
                int j = i + 1;
                if (j < text.length() && text.charAt(j) == '=' || c == '<' && j < text.length() && text.charAt(j) == '>') {
                    j++;
                }
                tokens.add(text.substring(i, j));
                i = j;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && "(),=<>!'".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(text.substring(i, j));
                i = j;
            }
        }
        return tokens;
    }
}
