-- Run once by the mysql image on an empty data volume (docker-compose.yml mounts this folder on
-- /docker-entrypoint-initdb.d). One database per service, utf8mb4 like the server defaults.
--
-- The application user 'app' itself is created by the image from MYSQL_USER / MYSQL_PASSWORD
-- before this file runs, so its password never appears here; this file only grants it its
-- databases. The services create their tables themselves (Flyway), hence ALL on each database.

CREATE DATABASE IF NOT EXISTS programmes CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS enrolment  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS reporting  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

GRANT ALL PRIVILEGES ON programmes.* TO 'app'@'%';
GRANT ALL PRIVILEGES ON enrolment.*  TO 'app'@'%';
GRANT ALL PRIVILEGES ON reporting.*  TO 'app'@'%';
