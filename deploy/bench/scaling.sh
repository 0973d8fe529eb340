#!/usr/bin/env bash
# Measures how Baton scales with nodes: for each node count, a fresh PostgreSQL database, a local
# cluster (deploy/local/cluster.sh), `baton load` spreading starts over every node's gRPC port,
# and each node JVM's CPU time read from /proc before and after the measured run.
#
#   deploy/bench/scaling.sh [NODE_COUNTS] [DEFINITION] [INPUT]    e.g. deploy/bench/scaling.sh "1 2 3"
#
# Prints one JSON line per node count: the load report, each node's CPU time (all threads and
# JIT compiler threads), cpu_ms_per_1000_transitions (all nodes), shards and entities by node,
# the warm-up it took and, with a quota, executions_per_second_per_node.
# SCALING_CONCURRENCY (default 64) executions in flight per node, so each node is driven as hard
# as the single node was (with fewer in flight per node, each journal batch and dispatcher run
# carries less and the node pays more CPU per execution); SCALING_DURATION (20s) and
# SCALING_WARMUP (10s) tune the run.
# SCALING_RATE=R runs an open loop of R starts per second instead: below saturation, the CPU per
# transition is what each node pays for the work, without the cost of competing for the cores.
# SCALING_NODE_CPUS=C holds each node to C cores with a cgroup CPU quota (deploy/local/cluster.sh):
# with C small enough that every node, PostgreSQL and the load generator fit on the machine's
# cores at once, each node has its own share of CPU, as on a machine of its own, so whether the
# per-node limit holds as nodes are added can be measured on one machine. Each node starts as a
# one-core machine and warms up with up to one core; the quota drops to C for the measured run
# (after a short settling run), so the JIT compiler's warm-up is not starved by the quota.
# Warm-up and settling go on, 10 s at a time, until every node's JIT compiler threads use less than
# SCALING_JIT_SETTLED percent (default 10) of its CPU, or SCALING_SETTLE_MAX seconds (default 600)
# have passed: nodes sharing the cores compile for much longer than one alone, and a node still
# compiling runs its hot paths unoptimised, at up to twice the CPU per transition.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
COUNTS="${1:-1 2 3}"
DEFINITION="${2:-$ROOT/docs/benchmarks/twenty-state.json}"
DEFAULT_INPUT='{"n": 0, "tag": "bench"}'
INPUT="${3:-$DEFAULT_INPUT}"
CLI="${BATON_CLI_JAR:-$ROOT/client/target/baton-cli.jar}"
DIR="${BATON_LOCAL_DIR:-/tmp/baton-scaling}"
export BATON_LOCAL_DIR="$DIR"
if [ -n "${SCALING_NODE_CPUS:-}" ]; then export BATON_LOCAL_NODE_CPUS=1; fi
TICKS=$(getconf CLK_TCK)
mode() { # node count -> the load generator's mode options
  if [ -n "${SCALING_RATE:-}" ]; then
    MODE=(--rate "$SCALING_RATE")
  else
    MODE=(--concurrency "$((${SCALING_CONCURRENCY:-64} * $1))")
  fi
}
# Leave no cluster behind, whatever stops the script.
trap '"$ROOT/deploy/local/cluster.sh" stop >/dev/null 2>&1 || true' EXIT

cpu_ticks() { # pid -> utime+stime in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}

jit_ticks() { # pid -> utime+stime of its JIT compiler threads: non-zero while it still warms up
  local t sum=0
  for t in /proc/"$1"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ Compiler* | C2\ Compiler*) sum=$((sum + $(awk '{print $14 + $15}' "$t/stat"))) ;;
    esac
  done
  echo "$sum"
}

load() { # duration -> runs the load generator, its report discarded
  java -jar "$CLI" load --endpoint "$endpoints" --definition "$DEFINITION" \
    --input "$INPUT" "${MODE[@]}" --duration "$1" --warmup 0s --output json >/dev/null || true
}

settle() { # runs load 10 s at a time until no node's JIT compilers use SCALING_JIT_SETTLED % of it
  local limit=$((SECONDS + ${SCALING_SETTLE_MAX:-600})) busy p t0 j0 t1 j1
  while :; do
    t0=(); j0=()
    for p in "${pids[@]}"; do t0+=("$(cpu_ticks "$p")"); j0+=("$(jit_ticks "$p")"); done
    load 10s
    busy=0
    for k in "${!pids[@]}"; do
      t1=$(($(cpu_ticks "${pids[$k]}") - ${t0[$k]})); j1=$(($(jit_ticks "${pids[$k]}") - ${j0[$k]}))
      if [ $((j1 * 100)) -ge $((t1 * ${SCALING_JIT_SETTLED:-10})) ]; then busy=1; fi
    done
    if [ "$busy" = 0 ] || [ "$SECONDS" -ge "$limit" ]; then break; fi
  done
}

for n in $COUNTS; do
  mode "$n"
  db="baton_scaling_${n}_$$"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null
  export BATON_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" BATON_DB_USER=postgres
  "$ROOT/deploy/local/cluster.sh" start "$n" >/dev/null
  endpoints=""
  pids=()
  for i in $(seq 1 "$n"); do
    endpoints="${endpoints:+$endpoints,}127.0.0.1:$((50051 + i - 1))"
    pids+=("$(cat "$DIR/node$i.pid")")
  done
  # Warm up first, then read CPU around the measured run alone.
  started=$SECONDS
  load "${SCALING_WARMUP:-10s}"
  settle
  if [ -n "${SCALING_NODE_CPUS:-}" ]; then
    "$ROOT/deploy/local/cluster.sh" cpus "$SCALING_NODE_CPUS" >/dev/null
    load 15s
    settle
  fi
  warmed=$((SECONDS - started))
  before=(); jit_before=()
  for p in "${pids[@]}"; do before+=("$(cpu_ticks "$p")"); jit_before+=("$(jit_ticks "$p")"); done
  report=$(java -jar "$CLI" load --endpoint "$endpoints" --definition "$DEFINITION" \
    --input "$INPUT" "${MODE[@]}" --duration "${SCALING_DURATION:-20s}" --warmup 0s \
    --output json || true)
  cpu=""; jit=""
  for k in "${!pids[@]}"; do
    cpu="${cpu:+$cpu,}$(( ($(cpu_ticks "${pids[$k]}") - ${before[$k]}) * 1000 / TICKS ))"
    jit="${jit:+$jit,}$(( ($(jit_ticks "${pids[$k]}") - ${jit_before[$k]}) * 1000 / TICKS ))"
  done
  # Where sharding placed the executions: each node's Execution shards and live entities.
  shards=""
  for i in $(seq 1 "$n"); do
    if [ -n "${BATON_LOCAL_PORT_BASE:-}" ]; then
      mgmt=$((BATON_LOCAL_PORT_BASE + 10 * (i - 1) + 3))
    else
      mgmt=$((8558 + i - 1))
    fi
    shards="${shards:+$shards;}$(curl -s -m 5 "http://127.0.0.1:$mgmt/cluster/shards/Execution" || echo '{}')"
  done
  python3 - "$n" "$cpu" "$report" "$shards" "${SCALING_NODE_CPUS:-}" "$jit" "$warmed" <<'PY'
import json, sys
n, cpu, report = int(sys.argv[1]), [int(c) for c in sys.argv[2].split(",")], json.loads(sys.argv[3])
node_cpus = float(sys.argv[5]) if sys.argv[5] else None
jit = [int(c) for c in sys.argv[6].split(",")]
regions = [json.loads(r or "{}").get("regions", []) for r in sys.argv[4].split(";")]
spread = [{"shards": len(r), "entities": sum(x.get("numEntities", 0) for x in r)} for r in regions]
transitions = report.get("executions", 0) * report.get("transitionsPerExecution", 0)
out = {"nodes": n, "warmup_seconds": int(sys.argv[7]), "cpu_ms_by_node": cpu,
       "jit_cpu_ms_by_node": jit, "shards_by_node": spread, "report": report}
if node_cpus:
    out["cores_per_node"] = node_cpus
if transitions:
    out["cpu_ms_per_1000_transitions"] = round(sum(cpu) * 1000 / transitions, 2)
    seconds = report.get("durationSeconds") or 0
    if seconds:
        # Executions each node finished per second: the figure that must hold as nodes are added.
        out["executions_per_second_per_node"] = round(report["executions"] / seconds / n, 1)
print(json.dumps(out))
PY
  "$ROOT/deploy/local/cluster.sh" stop >/dev/null
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE $db" >/dev/null || true
done
