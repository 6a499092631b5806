package io.communityedu.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The only way a service publishes: the event row joins the caller's transaction, so the state
 * change and its event commit together or not at all. {@link OutboxRelay} sends it afterwards.
 * <p>
 * A transaction's rows are kept until it is about to commit and then written together, in the
 * order published, with multi-row inserts: a transaction that publishes a hundred events (a
 * batch of enrolments and their audit entries) makes one or two round trips for them, not a
 * hundred. They get their {@code seq} (the relay's send order) then, while the transaction still
 * holds its locks.
 */
@ApplicationScoped
public class Outbox {

    /** Rows per INSERT; payloads are a few KB, far below any max_allowed_packet. */
    static final int ROWS_PER_INSERT = 100;
    private static final Object PENDING = new Object();

    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;

    public Outbox(ObjectMapper mapper, Event<OutboxWritten> written, TransactionSynchronizationRegistry transactions,
                  DataSource dataSource) {
        this.mapper = mapper;
        this.written = written;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String key, String type, Object data) {
        EventEnvelope envelope = EventEnvelope.of(type, data);
        String payload;
        try {
            payload = mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
        pending().add(new OutboxRow(envelope.eventId(), topic, key, type, payload, envelope.occurredAt()));
        written.fire(new OutboxWritten(topic));
        return envelope;
    }

    /** This transaction's rows, written just before it commits. */
    private List<OutboxRow> pending() {
        @SuppressWarnings("unchecked")
        List<OutboxRow> rows = (List<OutboxRow>) transactions.getResource(PENDING);
        if (rows == null) {
            List<OutboxRow> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        insert(created);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            rows = created;
        }
        return rows;
    }

    /** On the transaction's own connection; a failure here rolls the transaction back. */
    private void insert(List<OutboxRow> rows) {
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                List<OutboxRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, occurred_at) VALUES "
                                + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")))) {
                    int i = 0;
                    for (OutboxRow row : chunk) {
                        insert.setString(++i, row.eventId());
                        insert.setString(++i, row.topic());
                        insert.setString(++i, row.messageKey());
                        insert.setString(++i, row.eventType());
                        insert.setString(++i, row.payload());
                        insert.setObject(++i, LocalDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
                    }
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The outbox rows of this transaction could not be written", e);
        }
    }
}
