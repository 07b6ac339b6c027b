package org.attache.web;

/**
 * A request the API refuses, with the HTTP status, the offending field (a parameter or body
 * field, or null) and a message that says what to send instead. Rendered as
 * {@code {"error": message, "field": field, "status": status}}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String field;

    public ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message);
    }

    public static ApiException notFound(String field, String message) {
        return new ApiException(404, field, message);
    }

    public int status() { return status; }

    public String field() { return field; }
}
