# Run once by the mysql image on an empty data volume, after 01-services.sh (sourced by the
# image's entrypoint, hence not executable and no `set -e`): Keycloak's own database and account.
# The password comes from the container's environment (KEYCLOAK_DB_PASSWORD, from .env), so it
# never appears in the repository.
if [ -z "${KEYCLOAK_DB_PASSWORD:-}" ]; then
  echo "02-keycloak.sh: KEYCLOAK_DB_PASSWORD is not set" >&2
  exit 1
fi
# Backslashes and single quotes doubled for the SQL string literal.
keycloak_db_password_sql=${KEYCLOAK_DB_PASSWORD//\\/\\\\}
keycloak_db_password_sql=${keycloak_db_password_sql//\'/\'\'}
docker_process_sql --database=mysql <<EOSQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${keycloak_db_password_sql}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
EOSQL
unset keycloak_db_password_sql
