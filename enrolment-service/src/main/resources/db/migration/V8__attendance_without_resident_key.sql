-- Enrolling locks the resident's row before the session's (as erasure does); recording attendance
-- locks the session and then inserted rows' foreign key would take a lock on each present resident's
-- row: the reverse order, a deadlock with an enrolment of the same resident. Attendance is written
-- only for residents enrolled in the session, checked under the session's lock, and resident rows
-- are never deleted (erasure keeps a tombstone), so the key guarded nothing the service does not.
ALTER TABLE attendance DROP FOREIGN KEY fk_attendance_resident;
