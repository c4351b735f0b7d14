package dev.dealfocus.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hostile requests every inbound endpoint must refuse with a 4xx (or its CRM's protocol answer),
 * never a 500, storing nothing: the table docs/reliability.md lists. Each case is a body, its content
 * type and what it tries.
 */
public final class HostileInputs {
    /** One hostile request. */
    public record Case(String name, String contentType, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileInputs() {
    }

    /** The status the table in docs/reliability.md gives a case that is not acknowledged by its protocol. */
    public static int expected(Case c) {
        return switch (c.name()) {
            case "wrong content type" -> 415;
            case "body over the limit" -> 413;
            default -> 400;
        };
    }

    public static List<Case> json() {
        return List.of(
                text("malformed JSON", "application/json", "{\"events\": [ {\"id\": "),
                text("truncated JSON", "application/json", "[{\"eventId\":1,\"subscriptionType\":\"deal.propertyChange\""),
                text("wrong content type", "text/plain", "[]"),
                text("XML sent as JSON", "application/json", "<a>b</a>"),
                text("deeply nested JSON", "application/json", "[".repeat(5_000) + "]".repeat(5_000)),
                bytes("invalid UTF-8", "application/json", new byte[] {'[', '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', ']'}),
                text("unknown event types", "application/json", "[{\"eventId\":1,\"subscriptionType\":\"planet.explode\","
                        + "\"objectId\":1,\"occurredAt\":1}]"),
                text("absurdly long id", "application/json", "[{\"eventId\":1,\"subscriptionType\":\"deal.propertyChange\",\"objectId\":\""
                        + "9".repeat(100_000) + "\",\"occurredAt\":1}]"),
                text("path traversal in an id", "application/json", "{\"events\":[{\"id\":\"../../etc/passwd\",\"sobject\":\"Opportunity\","
                        + "\"recordId\":\"../../../etc/passwd\"}]}"),
                text("body over the limit", "application/json", "[" + " ".repeat(1_100_000) + "]"));
    }

    public static List<Case> xml() {
        String soap = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>";
        return List.of(
                text("malformed XML", "text/xml", soap + "<notifications"),
                text("truncated XML", "text/xml", soap),
                text("wrong content type", "application/json", "{}"),
                text("XML external entity", "text/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + soap + "&e;</soapenv:Body></soapenv:Envelope>"),
                text("entity expansion", "text/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
                        + "&a;&a;&a;&a;\">]>" + soap + "&b;</soapenv:Body></soapenv:Envelope>"),
                text("deeply nested XML", "text/xml", soap + "<a>".repeat(20_000) + "</a>".repeat(20_000) + "</soapenv:Body></soapenv:Envelope>"),
                bytes("invalid UTF-8", "text/xml; charset=utf-8", (soap + "\u0000").replace("\u0000", "").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28}),
                text("not SOAP", "text/xml", "<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"/>"),
                text("absurdly long id", "text/xml", soap + "<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId>"
                        + "0".repeat(100_000) + "</OrganizationId></notifications></soapenv:Body></soapenv:Envelope>"),
                text("body over the limit", "text/xml", soap + " ".repeat(1_100_000) + "</soapenv:Body></soapenv:Envelope>"));
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    /**
     * Posts a case to the test application. A body over the limit is announced (its Content-Length) but not
     * sent: the service answers 413 on the headers and closes the connection, and a client still writing
     * would see a "broken pipe" instead of the answer, which made the test flaky. Headers: name, value, ...
     */
    public static java.net.http.HttpResponse<String> post(String path, Case c, String... headers) {
        if (c.body().length > 1024 * 1024) {
            return announced(path, c, headers);
        }
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                .header("Content-Type", c.contentType()).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(c.body()))
                .timeout(java.time.Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(c.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request line and headers of an over-limit body, then the service's answer, read before any body is sent. */
    private static java.net.http.HttpResponse<String> announced(String path, Case c, String... headers) {
        try (var socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + c.contentType()
                    + "\r\nContent-Length: " + c.body().length + "\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            int code = Integer.parseInt(status.split(" ")[1]);
            return new Answer(code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(c.name(), e);
        }
    }

    /** Only the status of an answer read off a socket. */
    private record Answer(int statusCode) implements java.net.http.HttpResponse<String> {
        @Override
        public java.net.http.HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<java.net.http.HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
        }

        @Override
        public String body() {
            return "";
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.URI uri() {
            return null;
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return java.net.http.HttpClient.Version.HTTP_1_1;
        }
    }

    private static Case text(String name, String contentType, String body) {
        return new Case(name, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Case bytes(String name, String contentType, byte[] body) {
        return new Case(name, contentType, body);
    }

    private static Case bytes(String name, String contentType, byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return new Case(name, contentType, all);
    }
}
