#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-mode tests, on loopback only.
#
#   pgcluster.sh start DIR   initialise a cluster in DIR, start it on a free
#                            port, write its address to DIR/address
#   pgcluster.sh stop DIR    stop it and remove DIR
#
# CTest runs these as the setup and cleanup of the "pgserver" fixture. The
# server trusts local connections: it listens on 127.0.0.1 only, and its
# data is a temporary folder that is removed at the end.
set -euo pipefail

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
dir=$(realpath -m "$dir") # the server's socket folder must be absolute

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pgcluster.sh: PostgreSQL server binaries not found (Debian package postgresql)" >&2; exit 1; }

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
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$command" in
    start)
        stop # a cluster left by an interrupted run
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown nobody "$dir"
        as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
            --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        # A port is free when the server can listen on it; try a few.
        for attempt in 1 2 3 4 5 6 7 8 9 10; do
            port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
            if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
                -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" \
                start >/dev/null 2>&1; then
                echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/address"
                echo "pgcluster.sh: PostgreSQL on 127.0.0.1:$port"
                exit 0
            fi
        done
        echo "pgcluster.sh: the server did not start:" >&2
        tail -n 20 "$dir/server.log" >&2 || true
        exit 1
        ;;
    stop) stop ;;
    *) sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
