#!/usr/bin/env bash
# Runs an N-node Baton cluster on 127.0.0.1 from the shaded jar.
#
#   deploy/local/cluster.sh start N [--h2]   start N nodes (default 3) and print where they listen
#   deploy/local/cluster.sh status           show each node, its readiness and the members
#   deploy/local/cluster.sh stop             SIGTERM every node (a graceful leave), then stop H2
#   deploy/local/cluster.sh cpus C           hold every running node to C cores from now on
#
# Database: the local PostgreSQL by default (BATON_DB_URL, BATON_DB_USER, BATON_DB_PASSWORD;
# default jdbc:postgresql://127.0.0.1:5432/baton as postgres, created with psql when missing).
# --h2 (or BATON_LOCAL_DB=h2) starts an H2 TCP server from the same jar instead: no setup at all.
#
# Ports of node i (1-based): HTTP 8083+i-1, gRPC 50051+i-1, remoting 25520+i-1, management
# 8558+i-1. With BATON_LOCAL_PORT_BASE=P they are P+10*(i-1) .. +3 instead, and H2 listens on P-1.
# BATON_JAR: the jar (default cluster-node/target/baton.jar; build it with mvn -DskipTests package).
# BATON_LOCAL_DIR: pid files, logs and H2 files (default /tmp/baton-local).
# JAVA_OPTS: extra JVM options for every node (default -Xmx512m).
# BATON_LOCAL_NODE_CPUS=C: hold each node to C cores (e.g. 0.5) from its start with a CPU quota
# of its own cgroup (v2 cpu.max or v1 cpu.cfs_quota_us; needs root), as if each ran on a machine
# of its own that size; the JVM sizes its pools for that too. `cpus C` changes it while they run.
# For measuring per-node limits on one machine.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="${BATON_JAR:-$ROOT/cluster-node/target/baton.jar}"
DIR="${BATON_LOCAL_DIR:-/tmp/baton-local}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"

ports() { # node index (1-based) -> "http grpc remote management"
  local i=$1
  if [ -n "${BATON_LOCAL_PORT_BASE:-}" ]; then
    local p=$((BATON_LOCAL_PORT_BASE + 10 * (i - 1)))
    echo "$p $((p + 1)) $((p + 2)) $((p + 3))"
  else
    echo "$((8083 + i - 1)) $((50051 + i - 1)) $((25520 + i - 1)) $((8558 + i - 1))"
  fi
}

h2_port() {
  if [ -n "${BATON_LOCAL_PORT_BASE:-}" ]; then echo $((BATON_LOCAL_PORT_BASE - 1)); else echo 9092; fi
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

http_status() { # url -> status code (000 when nothing answers); needs curl
  curl -s -o /dev/null -m 2 -w '%{http_code}' "$1" || true
}

cgroup_dir() { # node index -> its cgroup directory (named after its remoting port, so unique)
  local remote
  read -r _ _ remote _ <<<"$(ports "$1")"
  if [ -f /sys/fs/cgroup/cgroup.controllers ] && grep -qw cpu /sys/fs/cgroup/cgroup.controllers; then
    echo "/sys/fs/cgroup/baton-node-$remote"
  elif [ -d /sys/fs/cgroup/cpu ]; then
    echo "/sys/fs/cgroup/cpu/baton-node-$remote"
  else
    echo "a CPU limit needs a cgroup CPU controller (none is mounted)" >&2; return 2
  fi
}

limit_cpus() { # node index, cores -> creates or updates the node's cgroup; prints its cgroup.procs
  local dir period=10000 quota
  dir=$(cgroup_dir "$1")
  # A short period spreads the quota over each second instead of running then stalling 100 ms.
  quota=$(awk -v c="$2" -v p=$period 'BEGIN { printf "%d", c * p }')
  if [ "$quota" -lt 1000 ]; then echo "a node needs at least 0.1 cores, got '$2'" >&2; return 2; fi
  mkdir -p "$dir"
  if [ -f "$dir/cpu.max" ]; then
    grep -qw cpu /sys/fs/cgroup/cgroup.subtree_control || echo +cpu >/sys/fs/cgroup/cgroup.subtree_control
    echo "$quota $period" >"$dir/cpu.max"
  else
    echo -1 >"$dir/cpu.cfs_quota_us"
    echo $period >"$dir/cpu.cfs_period_us"
    echo "$quota" >"$dir/cpu.cfs_quota_us"
  fi
  echo "$dir/cgroup.procs"
}

database() { # prints the JDBC URL the nodes use, starting H2 when asked
  if [ "${BATON_LOCAL_DB:-postgres}" = "h2" ]; then
    local port
    port=$(h2_port)
    mkdir -p "$DIR/h2"
    if ! alive "$DIR/h2.pid"; then
      nohup "$JAVA" -cp "$JAR" org.h2.tools.Server -tcp -tcpPort "$port" -baseDir "$DIR/h2" \
        -ifNotExists </dev/null >"$DIR/h2.log" 2>&1 &
      echo $! >"$DIR/h2.pid"
    fi
    echo "jdbc:h2:tcp://127.0.0.1:$port/baton;WRITE_DELAY=0"
    return
  fi
  local url="${BATON_DB_URL:-jdbc:postgresql://127.0.0.1:5432/baton}"
  if [ -z "${BATON_DB_URL:-}" ] && command -v psql >/dev/null 2>&1; then
    local user="${BATON_DB_USER:-postgres}"
    if ! PGPASSWORD="${BATON_DB_PASSWORD:-}" psql -h 127.0.0.1 -U "$user" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'baton'" 2>/dev/null | grep -q 1; then
      PGPASSWORD="${BATON_DB_PASSWORD:-}" psql -h 127.0.0.1 -U "$user" -d postgres -qc \
        "CREATE DATABASE baton" >/dev/null
    fi
  fi
  echo "$url"
}

start() {
  local n=${1:-3}
  [ -f "$JAR" ] || { echo "No jar at $JAR: run 'mvn -DskipTests package' first" >&2; exit 1; }
  mkdir -p "$DIR"
  for ((i = 1; i <= n; i++)); do
    if alive "$DIR/node$i.pid"; then echo "node $i is already running (cluster.sh stop first)" >&2; exit 1; fi
  done
  local url user password seeds
  url=$(database)
  if [ "${BATON_LOCAL_DB:-postgres}" = "h2" ]; then user=sa; password=""; else
    user="${BATON_DB_USER:-postgres}"; password="${BATON_DB_PASSWORD:-}"; fi
  read -r _ _ r1 _ <<<"$(ports 1)"
  seeds="127.0.0.1:$r1"
  if [ "$n" -gt 1 ]; then read -r _ _ r2 _ <<<"$(ports 2)"; seeds="$seeds,127.0.0.1:$r2"; fi
  for ((i = 1; i <= n; i++)); do
    read -r http grpc remote mgmt <<<"$(ports "$i")"
    mkdir -p "$DIR/node$i"
    # The JVM enters its cgroup before it starts, so it sizes itself for the quota. sh execs
    # the JVM, so $! is the JVM itself either way (the pid stop signals).
    local procs=/dev/null
    if [ -n "${BATON_LOCAL_NODE_CPUS:-}" ]; then procs=$(limit_cpus "$i" "$BATON_LOCAL_NODE_CPUS"); fi
    # shellcheck disable=SC2086,SC2016
    (cd "$DIR/node$i" || exit 1
      BATON_DB_URL="$url" BATON_DB_USER="$user" BATON_DB_PASSWORD="$password" \
        BATON_HTTP_HOST=127.0.0.1 BATON_HTTP_PORT=$http BATON_GRPC_PORT=$grpc \
        BATON_HOSTNAME=127.0.0.1 BATON_REMOTE_PORT=$remote BATON_MANAGEMENT_PORT=$mgmt \
        BATON_SEED_NODES="$seeds" \
        nohup sh -c 'echo $$ >"$0" && exec "$@"' "$procs" "$JAVA" $JAVA_OPTS -jar "$JAR" serve \
        </dev/null >"$DIR/node$i.log" 2>&1 &
      echo $! >"$DIR/node$i.pid")
  done
  echo "$n" >"$DIR/size"
  echo "Waiting for $n node(s) to be ready (database $url) ..."
  for ((i = 1; i <= n; i++)); do
    read -r http grpc remote mgmt <<<"$(ports "$i")"
    local waited=0
    until [ "$(http_status "http://127.0.0.1:$mgmt/ready")" = "200" ]; do
      if ! alive "$DIR/node$i.pid"; then echo "node $i exited; see $DIR/node$i.log" >&2; exit 1; fi
      if [ $waited -ge 180 ]; then echo "node $i not ready after 90 s; see $DIR/node$i.log" >&2; exit 1; fi
      sleep 0.5; waited=$((waited + 1))
    done
  done
  status
}

cpus() { # cores -> the CPU limit of every running node, set or changed while it runs
  local n
  n=$(cat "$DIR/size" 2>/dev/null || echo 0)
  for ((i = 1; i <= n; i++)); do
    if alive "$DIR/node$i.pid"; then
      local procs
      procs=$(limit_cpus "$i" "$1")
      # Moving a process moves all its threads (cgroup v2 and v1 cgroup.procs alike).
      cat "$DIR/node$i.pid" >"$procs"
      echo "node $i: $1 cores"
    fi
  done
}

status() {
  local n
  n=$(cat "$DIR/size" 2>/dev/null || echo 0)
  printf '%-6s %-8s %-7s %-28s %-18s %-24s %s\n' node pid ready "AWS API (HTTP)" gRPC remoting management
  for ((i = 1; i <= n; i++)); do
    read -r http grpc remote mgmt <<<"$(ports "$i")"
    local pid="-" ready="down"
    if alive "$DIR/node$i.pid"; then
      pid=$(cat "$DIR/node$i.pid")
      ready=$([ "$(http_status "http://127.0.0.1:$mgmt/ready")" = "200" ] && echo yes || echo no)
    fi
    printf '%-6s %-8s %-7s %-28s %-18s %-24s %s\n' "$i" "$pid" "$ready" "http://127.0.0.1:$http" \
      "127.0.0.1:$grpc" "127.0.0.1:$remote" "http://127.0.0.1:$mgmt"
  done
  if alive "$DIR/h2.pid"; then echo "H2 TCP server: 127.0.0.1:$(h2_port) (pid $(cat "$DIR/h2.pid"))"; fi
  echo "Logs: $DIR/node<i>.log. Members: GET <management>/cluster/members"
}

stop() {
  # One node at a time, newest first: each leaves the cluster and hands its executions to the
  # others in a few seconds (nodes leaving all at once wait for each other instead).
  local n
  n=$(cat "$DIR/size" 2>/dev/null || echo 0)
  for ((i = n; i >= 1; i--)); do
    if alive "$DIR/node$i.pid"; then
      kill -TERM "$(cat "$DIR/node$i.pid")"
      local waited=0
      while alive "$DIR/node$i.pid"; do
        if [ $waited -ge 120 ]; then kill -KILL "$(cat "$DIR/node$i.pid")"; break; fi
        sleep 0.5; waited=$((waited + 1))
      done
    fi
    rm -f "$DIR/node$i.pid"
    rmdir "$(cgroup_dir "$i" 2>/dev/null)" 2>/dev/null || true
  done
  if alive "$DIR/h2.pid"; then kill -TERM "$(cat "$DIR/h2.pid")"; fi
  rm -f "$DIR/h2.pid" "$DIR/size"
  echo "Stopped."
}

case "${1:-}" in
  start)
    shift
    n=3
    for a in "$@"; do
      case "$a" in
        --h2) BATON_LOCAL_DB=h2 ;;
        *[!0-9]* | "") echo "Expected a node count or --h2, got '$a'" >&2; exit 2 ;;
        *) n=$a ;;
      esac
    done
    start "$n"
    ;;
  status) status ;;
  stop) stop ;;
  cpus)
    [ -n "${2:-}" ] || { echo "usage: $0 cpus CORES (e.g. 0.5)" >&2; exit 2; }
    cpus "$2"
    ;;
  *)
    echo "usage: $0 start [N] [--h2] | status | stop | cpus CORES" >&2
    exit 2
    ;;
esac
