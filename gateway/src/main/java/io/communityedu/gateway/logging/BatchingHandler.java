package io.communityedu.gateway.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Formats each record as it comes, on the caller's thread, and writes what gathered to the stream at
 * most {@code interval} later, in one write: a line per request does not cost a system call per
 * request. A writer thread waits while nothing is pending and is woken by the first line of a batch;
 * more than {@link #MAX_PENDING} characters are written at once by the caller. {@link #close()}
 * writes what is pending.
 */
final class BatchingHandler extends Handler {

    static final int MAX_PENDING = 64 * 1024;

    private final OutputStream out;
    private final Charset charset;
    private final long intervalMillis;
    private final Object pendingLock = new Object();
    private final Object writeLock = new Object();
    private final StringBuilder pending = new StringBuilder(8192);
    private final Thread writer;
    private boolean closed;

    BatchingHandler(Formatter formatter, OutputStream out, Charset charset, Duration interval, String threadName) {
        setFormatter(formatter);
        this.out = out;
        this.charset = charset;
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.writer = new Thread(this::writeBatches, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String text;
        try {
            text = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        boolean full;
        synchronized (pendingLock) {
            if (pending.isEmpty()) {
                pendingLock.notify();
            }
            pending.append(text);
            full = pending.length() >= MAX_PENDING || closed;
        }
        if (full) {
            flush();
        }
    }

    /** Writes what is pending now. */
    @Override
    public void flush() {
        synchronized (writeLock) {
            String text;
            synchronized (pendingLock) {
                if (pending.isEmpty()) {
                    return;
                }
                text = pending.toString();
                pending.setLength(0);
            }
            try {
                out.write(text.getBytes(charset));
                out.flush();
            } catch (IOException | RuntimeException e) {
                reportError(null, e, ErrorManager.WRITE_FAILURE);
            }
        }
    }

    @Override
    public void close() {
        synchronized (pendingLock) {
            closed = true;
            pendingLock.notify();
        }
        flush();
    }

    private void writeBatches() {
        while (true) {
            synchronized (pendingLock) {
                while (pending.isEmpty() && !closed) {
                    try {
                        pendingLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
            }
            try {
                // The rest of the batch comes in meanwhile, without waking anybody.
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                flush();
                return;
            }
            flush();
        }
    }
}
