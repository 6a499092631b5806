-- Issue 15: lottery applications and offers of freed places. SQL that both MySQL 8 and MariaDB accept.
-- Each programme tallies its enrolments in the four new statuses like the first four: the current
-- number in each, moved by the difference between an enrolment's known status and a newer snapshot's.
-- None of them holds a place, so participants, learner hours and savings are unchanged. Rows folded
-- before this knew no such statuses: 0 is right for them, and a rebuild recounts everything anyway.
ALTER TABLE reported_programme ADD COLUMN applied  INT NOT NULL DEFAULT 0;
ALTER TABLE reported_programme ADD COLUMN offered  INT NOT NULL DEFAULT 0;
ALTER TABLE reported_programme ADD COLUMN declined INT NOT NULL DEFAULT 0;
ALTER TABLE reported_programme ADD COLUMN expired  INT NOT NULL DEFAULT 0;
