-- A recorded attendance day, so that a day nobody came to stays recorded (it has no attendance rows).
CREATE TABLE attendance_day (
    session_id      VARCHAR(36) NOT NULL,
    attendance_date DATE        NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, attendance_date),
    CONSTRAINT fk_attendance_day_session FOREIGN KEY (session_id) REFERENCES session_replica (session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO attendance_day (session_id, attendance_date, recorded_at)
SELECT session_id, attendance_date, MAX(recorded_at) FROM attendance GROUP BY session_id, attendance_date;
