#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-mode tests, on loopback only.
#
#   pgcluster.sh start DIR   initialise a cluster, start it on a free port,
#                            write its address to DIR/address
#   pgcluster.sh stop DIR    stop it and remove it and DIR
#
# CTest runs these as the setup and cleanup of the "pgserver" fixture. The
# server trusts local connections: it listens on 127.0.0.1 only, and its
# data is a temporary folder that is removed at the end.
set -euo pipefail

usage() {
    sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || usage
dir=$(realpath -m "$dir")

# The newest installed server (a client-only version folder has no initdb).
bin=
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$candidate/initdb" ] && bin=$candidate
done
if [ -z "$bin" ]; then
    echo "pgcluster.sh: no PostgreSQL server found (Debian package postgresql-15)" >&2
    exit 1
fi

# initdb and postgres refuse to run as root: as root, the cluster belongs
# to nobody.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop() {
    local cluster
    cluster=$(cat "$dir/cluster" 2>/dev/null || true)
    if [ -n "$cluster" ] && [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$cluster" ] && rm -rf "$cluster"
    rm -rf "$dir"
}

case "$command" in
    start)
        stop # a cluster left by an interrupted run
        mkdir -p "$dir"
        # The data and the socket live in a short temporary folder that the
        # cluster's owner can reach (a build tree may be under a private
        # home, its path long or with spaces).
        cluster=$(mktemp -d /tmp/auditbench-pg.XXXXXX)
        echo "$cluster" >"$dir/cluster"
        [ "$(id -u)" = 0 ] && chown nobody "$cluster"
        as_owner "$bin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 \
            --locale=C.UTF-8 --no-sync >"$cluster/initdb.log" 2>&1 \
            || { cat "$cluster/initdb.log" >&2; exit 1; }
        # A port is free when the server can listen on it; try a few.
        for attempt in 1 2 3 4 5 6 7 8 9 10; do
            port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
            if as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 \
                -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" \
                start >/dev/null 2>&1; then
                echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/address"
                echo "pgcluster.sh: PostgreSQL on 127.0.0.1:$port (attempt $attempt)"
                exit 0
            fi
        done
        echo "pgcluster.sh: the server did not start:" >&2
        tail -n 20 "$cluster/server.log" >&2 || true
        exit 1
        ;;
    stop) stop ;;
    *) usage ;;
esac
