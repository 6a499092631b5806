package io.communityedu.support.deadletter;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;

/** The headers a dead letter carries besides the original record's own (docs/asyncapi.yaml). All values are UTF-8 text. */
public final class DeadLetterHeaders {

    /** Fully qualified class of the innermost cause of the last failure. */
    public static final String ERROR_CLASS = "dlt-error-class";
    /** Its message, at most 1000 characters. */
    public static final String ERROR_MESSAGE = "dlt-error-message";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    /** The original record's timestamp, epoch milliseconds. */
    public static final String ORIGINAL_TIMESTAMP = "dlt-original-timestamp";
    /** The consumer group that gave up on the record; only that group lists and re-drives the letter. */
    public static final String CONSUMER_GROUP = "dlt-consumer-group";
    /** How many times it was tried. */
    public static final String ATTEMPTS = "dlt-attempts";
    /** On a re-driven copy in the original topic: the only group that applies it (the others had their turn). */
    public static final String REDRIVE_GROUP = "dlt-redrive-group";
    /** On a re-driven copy: the id of the dead letter it came from. */
    public static final String REDRIVEN_FROM = "dlt-redriven-from";

    static final String PREFIX = "dlt-";

    private DeadLetterHeaders() {
    }

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(Object value) {
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
}
