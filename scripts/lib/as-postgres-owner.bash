# Sourced by scripts/start-test-postgres and scripts/stop-test-postgres.
# as_owner CMD...: runs a PostgreSQL tool as the server's owner: as the postgres user when run as
# root (initdb and pg_ctl refuse root), as the caller otherwise.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
