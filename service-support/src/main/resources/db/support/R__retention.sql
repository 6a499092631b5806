-- service-support: the retention job's lease and the index its purge of consumed-event ids uses.
-- Repeatable and idempotent (MySQL 8.4 and MariaDB alike), so it applies whatever versioned
-- migrations a database already has.
INSERT IGNORE INTO outbox_lease (name, owner, expires_at) VALUES ('retention', NULL, '1970-01-01 00:00:00');

SET @ddl = IF((SELECT COUNT(*) FROM information_schema.statistics
                WHERE table_schema = DATABASE() AND table_name = 'processed_event'
                  AND index_name = 'ix_processed_event_at') = 0,
              'CREATE INDEX ix_processed_event_at ON processed_event (processed_at)',
              'DO 0');
PREPARE retention_ddl FROM @ddl;
EXECUTE retention_ddl;
DEALLOCATE PREPARE retention_ddl;
