# Run once by the mysql image on an empty data volume (docker-compose.yml mounts this folder on
# /docker-entrypoint-initdb.d; sourced by the image's entrypoint, hence not executable and no
# `set -e`). One database per service, utf8mb4, and per service two accounts: `<service>` with the
# data rights it runs with (SELECT, INSERT, UPDATE, DELETE) and `<service>_migrator` with the rights
# Flyway needs to create and change its tables. Passwords come from the container's environment
# (from .env), so none appears in the repository.
for service in programmes enrolment reporting; do
  upper=$(echo "$service" | tr '[:lower:]' '[:upper:]')
  app_var="${upper}_DB_PASSWORD"
  migrator_var="${upper}_MIGRATION_PASSWORD"
  if [ -z "${!app_var:-}" ] || [ -z "${!migrator_var:-}" ]; then
    echo "01-services.sh: $app_var and $migrator_var must be set" >&2
    exit 1
  fi
  # Backslashes and single quotes doubled for the SQL string literals.
  app_password=${!app_var//\\/\\\\}
  app_password=${app_password//\'/\'\'}
  migrator_password=${!migrator_var//\\/\\\\}
  migrator_password=${migrator_password//\'/\'\'}
  docker_process_sql --database=mysql <<EOSQL
CREATE DATABASE IF NOT EXISTS ${service} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${service}'@'%' IDENTIFIED BY '${app_password}';
CREATE USER IF NOT EXISTS '${service}_migrator'@'%' IDENTIFIED BY '${migrator_password}';
GRANT SELECT, INSERT, UPDATE, DELETE ON ${service}.* TO '${service}'@'%';
GRANT ALL PRIVILEGES ON ${service}.* TO '${service}_migrator'@'%';
EOSQL
done
unset app_password migrator_password
