package dev.dealfocus.api;

import jakarta.ws.rs.core.Response;

/** A request the API refuses, with the status and the sentence that says why. */
public class ProblemException extends RuntimeException {
    private final Response.Status status;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    public Response.Status status() {
        return status;
    }
}
