package io.communityedu.support.inbox;

/** An event this consumer can never apply as it is: not an envelope, or a schema version it does not know. */
public class UnsupportedEventException extends RuntimeException {

    public UnsupportedEventException(String message) {
        super(message);
    }

    public UnsupportedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
