#!/usr/bin/env bash
# A real Neo4j Community 5.26 server for the tests, from Maven Central jars.
#
#   scripts/neo4j-server.sh fetch    download the jars (cached between runs)
#   scripts/neo4j-server.sh start    start a server; prints `export NEO4J_...=` lines on stdout
#   scripts/neo4j-server.sh stop     stop it cleanly and delete its data
#   scripts/neo4j-server.sh status   print its settings; exit 1 if it does not answer
#
#   eval "$(scripts/neo4j-server.sh start)" && pytest -m neo4j; scripts/neo4j-server.sh stop
#
# No Docker needed: Maven fetches org.neo4j:neo4j and its runtime dependencies
# (scripts/neo4j/pom.xml), java 17 runs org.neo4j.server.CommunityEntryPoint
# with Bolt on 127.0.0.1 at a free port, HTTP off, auth on, data in a temporary
# directory. `start` waits until `RETURN 1` answers through the Python driver
# and fails loudly (with the server log) if it does not.
#
# Environment:
#   NEO4J_VERSION     jar version (default: the one in scripts/neo4j/pom.xml)
#   PAPERKG_CACHE     jar cache root (default ~/.cache/paperkg)
#   NEO4J_STATE_DIR   where the state file lives (default .cache/neo4j in the repo);
#                     use different ones to run several servers side by side
#   NEO4J_TEST_PASSWORD  initial password of user neo4j (default paperkg-test)
#   NEO4J_HEAP, NEO4J_PAGECACHE  memory (default 1g, 512m)
#   NEO4J_IMPORT_DIR  a `paperkg export neo4j-admin` directory to bulk-load before starting
#   NEO4J_START_TIMEOUT  seconds to wait for RETURN 1 (default 120)
#   NEO4J_BOLT_PORT   Bolt port (default: a free one)
#   PYTHON            interpreter with the neo4j driver (default .venv/bin/python)
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
POM="$REPO/scripts/neo4j/pom.xml"
DEFAULT_VERSION=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")
VERSION=${NEO4J_VERSION:-$DEFAULT_VERSION}
CACHE_ROOT=${PAPERKG_CACHE:-$HOME/.cache/paperkg}
LIB="$CACHE_ROOT/neo4j-$VERSION/lib"
STATE_DIR=${NEO4J_STATE_DIR:-$REPO/.cache/neo4j}
STATE="$STATE_DIR/state.env"
PASSWORD=${NEO4J_TEST_PASSWORD:-paperkg-test}
HEAP=${NEO4J_HEAP:-1g}
PAGECACHE=${NEO4J_PAGECACHE:-512m}
TIMEOUT=${NEO4J_START_TIMEOUT:-120}
if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x "$REPO/.venv/bin/python" ]]; then PYTHON="$REPO/.venv/bin/python"; else PYTHON=python3; fi
fi

say() { echo "neo4j-server: $*" >&2; }
die() { echo "neo4j-server: ERROR: $*" >&2; exit 1; }

fetch() {
  if [[ -f "$LIB/.complete" ]]; then
    say "jars for Neo4j $VERSION cached in $LIB"
    return
  fi
  command -v mvn >/dev/null || die "mvn not found (make system-deps installs maven)"
  command -v java >/dev/null || die "java not found (need Java 17)"
  say "fetching Neo4j $VERSION and its runtime dependencies from Maven Central into $LIB"
  rm -rf "$LIB.partial"
  mkdir -p "$LIB.partial"
  if ! mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
      -Dneo4j.version="$VERSION" -DincludeScope=runtime \
      -DoutputDirectory="$LIB.partial" >&2; then
    rm -rf "$LIB.partial"
    die "mvn could not fetch org.neo4j:neo4j:$VERSION"
  fi
  ls "$LIB.partial"/neo4j-"$VERSION".jar >/dev/null 2>&1 || die "org.neo4j:neo4j:$VERSION jar missing after fetch"
  touch "$LIB.partial/.complete"
  rm -rf "$LIB"
  mv "$LIB.partial" "$LIB"
  say "$(ls "$LIB" | wc -l) jars cached"
}

free_port() {
  "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# RETURN 1 through the official driver: proves Bolt, auth and the default database.
ping() {
  # `timeout`: something else listening on the port may never answer the Bolt handshake
  timeout 15 "$PYTHON" - "$1" "$PASSWORD" <<'EOF'
import sys
from neo4j import GraphDatabase
uri, password = sys.argv[1], sys.argv[2]
try:
    # one attempt, no driver-side retries: the shell loop retries
    with GraphDatabase.driver(uri, auth=("neo4j", password), connection_timeout=2,
                              connection_acquisition_timeout=5, max_transaction_retry_time=0) as d:
        d.verify_connectivity()
        with d.session(database="neo4j") as s:
            sys.exit(0 if s.run("RETURN 1 AS ok").single()["ok"] == 1 else 1)
except Exception as exc:  # not up yet
    print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
    sys.exit(1)
EOF
}

print_exports() {
  # shellcheck disable=SC1090
  source "$STATE"
  echo "export NEO4J_URI=$NEO4J_URI"
  echo "export NEO4J_USERNAME=$NEO4J_USERNAME"
  echo "export NEO4J_PASSWORD=$NEO4J_PASSWORD"
  echo "export NEO4J_DATABASE=neo4j"
}

start() {
  if [[ -f "$STATE" ]]; then
    # shellcheck disable=SC1090
    source "$STATE"
    if pid_alive "$NEO4J_PID" && ping "$NEO4J_URI" 2>/dev/null; then
      say "already running at $NEO4J_URI (pid $NEO4J_PID)"
      print_exports
      return
    fi
    say "stale state file for pid ${NEO4J_PID:-?}; cleaning up"
    stop_server || true
  fi
  fetch
  java -version 2>&1 | grep -q 'version "17' || say "warning: Neo4j 5.26 is tested with Java 17; found $(java -version 2>&1 | head -1)"
  "$PYTHON" -c 'import neo4j' 2>/dev/null || die "$PYTHON has no neo4j driver (run make dev)"

  local home port uri
  home=$(mktemp -d "${TMPDIR:-/tmp}/paperkg-neo4j.XXXXXX")
  port=${NEO4J_BOLT_PORT:-$(free_port)}
  uri="bolt://127.0.0.1:$port"
  mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/plugins" "$home/import"
  cat >"$home/conf/neo4j.conf" <<EOF
# written by scripts/neo4j-server.sh for a throwaway test server
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.run=$home/run
server.directories.plugins=$home/plugins
server.directories.import=$home/import
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.heap.initial_size=$HEAP
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
db.tx_log.rotation.retention_policy=1 files
# a test server: stop in a second instead of Netty's 2 x 5 s quiet period
internal.dbms.bolt.netty_server_shutdown_quiet_period=0
internal.dbms.bolt.netty_server_shutdown_timeout=5
EOF
  # neo4j-admin for this home, from the same jars (the tarball's bin/neo4j-admin does the same)
  mkdir -p "$home/bin"
  cat >"$home/bin/neo4j-admin" <<EOF
#!/bin/sh
NEO4J_HOME="$home" NEO4J_CONF="$home/conf" exec java -cp "$LIB/*" org.neo4j.cli.AdminTool "\$@"
EOF
  chmod +x "$home/bin/neo4j-admin"
  say "setting the initial password of user neo4j"
  "$home/bin/neo4j-admin" dbms set-initial-password "$PASSWORD" >"$home/logs/admin.log" 2>&1 \
    || { cat "$home/logs/admin.log" >&2; die "neo4j-admin dbms set-initial-password failed"; }
  if [[ -n "${NEO4J_IMPORT_DIR:-}" ]]; then
    # Bulk-load a `paperkg export neo4j-admin` directory with its own import.sh.
    [[ -x "$NEO4J_IMPORT_DIR/import.sh" ]] || die "no import.sh in NEO4J_IMPORT_DIR=$NEO4J_IMPORT_DIR"
    say "importing $NEO4J_IMPORT_DIR with neo4j-admin database import full"
    NEO4J_ADMIN="$home/bin/neo4j-admin" "$NEO4J_IMPORT_DIR/import.sh" neo4j >"$home/logs/import.log" 2>&1 \
      || { tail -n 30 "$home/logs/import.log" >&2; die "neo4j-admin database import full failed"; }
  fi

  say "starting Neo4j $VERSION on $uri (home $home)"
  # The JVM options the neo4j launcher would add; without --add-opens the page
  # cache falls back to a slower mode.
  NEO4J_HOME="$home" NEO4J_CONF="$home/conf" nohup java \
    -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dlog4j2.disable.jmx=true \
    -cp "$LIB/*" org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$home/conf" \
    >"$home/logs/console.log" 2>&1 </dev/null &
  local pid=$!
  mkdir -p "$STATE_DIR"
  cat >"$STATE" <<EOF
NEO4J_URI=$uri
NEO4J_USERNAME=neo4j
NEO4J_PASSWORD=$PASSWORD
NEO4J_PID=$pid
NEO4J_HOME_DIR=$home
NEO4J_VERSION=$VERSION
EOF
  local started=$SECONDS
  until ping "$uri" 2>"$home/logs/ping.log"; do
    # A server that failed to start can linger for a minute before its JVM exits:
    # its "Error starting" in debug.log is the earlier signal.
    if pid_alive "$pid" && grep -q "Error starting Neo4j" "$home/logs/debug.log" 2>/dev/null; then
      sleep 2  # let it finish writing the cause
      kill -TERM "$pid" 2>/dev/null || true
      sleep 2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    if ! pid_alive "$pid"; then
      say "the server exited during startup; its logs:"
      tail -n 40 "$home/logs/console.log" "$home/logs/neo4j.log" >&2 2>/dev/null || true
      # the first error and its causes, from debug.log (written before neo4j.log has them)
      grep -E "ERROR|^Caused by|Exception:" "$home/logs/debug.log" 2>/dev/null | head -n 20 >&2 || true
      rm -f "$STATE"
      die "Neo4j did not start (home $home kept for inspection)"
    fi
    if ((SECONDS - started >= TIMEOUT)); then
      say "no answer to RETURN 1 after ${TIMEOUT}s; last log lines:"
      tail -n 40 "$home/logs/neo4j.log" >&2 2>/dev/null || true
      stop_server || true
      die "Neo4j did not answer on $uri within ${TIMEOUT}s"
    fi
    sleep 1
  done
  say "ready after $((SECONDS - started))s: $uri (pid $pid)"
  print_exports
}

stop_server() {
  [[ -f "$STATE" ]] || return 0
  # shellcheck disable=SC1090
  source "$STATE"
  if pid_alive "$NEO4J_PID"; then
    say "stopping pid $NEO4J_PID"
    kill -TERM "$NEO4J_PID"
    local waited=0
    while pid_alive "$NEO4J_PID" && ((waited < 60)); do
      sleep 0.5
      waited=$((waited + 1))
    done
    if pid_alive "$NEO4J_PID"; then
      say "pid $NEO4J_PID still alive after 30s; killing it"
      kill -KILL "$NEO4J_PID" 2>/dev/null || true
    fi
  fi
  case "${NEO4J_HOME_DIR:-}" in
    */paperkg-neo4j.*) rm -rf "$NEO4J_HOME_DIR" ;;
  esac
  rm -f "$STATE"
}

stop() {
  if [[ ! -f "$STATE" ]]; then
    say "no server recorded in $STATE"
    return
  fi
  stop_server
  say "stopped"
}

status() {
  [[ -f "$STATE" ]] || die "not running (no $STATE)"
  # shellcheck disable=SC1090
  source "$STATE"
  pid_alive "$NEO4J_PID" || die "pid $NEO4J_PID from $STATE is not running"
  ping "$NEO4J_URI" || die "pid $NEO4J_PID runs but $NEO4J_URI does not answer RETURN 1"
  say "Neo4j $NEO4J_VERSION running at $NEO4J_URI (pid $NEO4J_PID, home $NEO4J_HOME_DIR)"
  print_exports
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {fetch|start|stop|status}" >&2; exit 2 ;;
esac
