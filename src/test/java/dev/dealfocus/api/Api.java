package dev.dealfocus.api;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests with the test profile's API key. */
final class Api {
    static final String KEY = "test-key";

    private Api() {
    }

    static RequestSpecification api() {
        return given().header("X-API-Key", KEY);
    }
}
