#!/usr/bin/env bash
# Starts and stops the real Elasticsearch server that the tests of the
# Elasticsearch backend run against. Elastic publishes a runnable server on
# Maven Central (org.elasticsearch.distribution.integ-test-zip:elasticsearch);
# it is fetched with Maven into ~/.cache/baocao once, unpacked there, and run
# on loopback with a small heap, single-node, security on (basic auth over
# plain HTTP, a fixed test password for the elastic user).
#
#   scripts/elasticsearch.sh start   # prints nothing on success
#   scripts/elasticsearch.sh env     # BAOCAO_TEST_ES_URL=… lines, for env(1)
#   scripts/elasticsearch.sh stop
#
# Settings: ES_VERSION (8.19.21), ES_PORT (19200), ES_PASSWORD (baocao-test).
set -euo pipefail
version=${ES_VERSION:-8.19.21}
port=${ES_PORT:-19200}
password=${ES_PASSWORD:-baocao-test}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/baocao
unpacked=$cache
# As root, the server runs as an unprivileged user, who cannot enter /root:
# unpack it where that user can read it.
[ "$(id -u)" -eq 0 ] && unpacked=/var/tmp/baocao
home=$unpacked/elasticsearch-$version
run=${TMPDIR:-/tmp}/baocao-es-$port
url=http://127.0.0.1:$port

fetch() {
  [ -x "$home/bin/elasticsearch" ] && return
  mkdir -p "$cache"
  if [ ! -f "$cache/elasticsearch-$version.zip" ]; then
    echo "fetching Elasticsearch $version from Maven Central" >&2
    mvn -q dependency:copy -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$version:zip" \
      -DoutputDirectory="$cache" >&2
  fi
  mkdir -p "$unpacked"
  (cd "$unpacked" && unzip -q -o "$cache/elasticsearch-$version.zip")
}

health() { curl -fsS -u "elastic:$password" "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

start() {
  if [ -f "$run/pid" ] && kill -0 "$(cat "$run/pid")" 2>/dev/null && health; then return; fi
  fetch
  rm -rf "$run"
  mkdir -p "$run/data" "$run/logs" "$run/tmp"
  # A private copy of the config, so the keystore and settings are the test's.
  cp -r "$home/config" "$run/config"
  cat >>"$run/config/elasticsearch.yml" <<YML
cluster.name: baocao-test
node.name: baocao-test
path.data: $run/data
path.logs: $run/logs
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
discovery.type: single-node
xpack.security.enabled: true
xpack.security.http.ssl.enabled: false
xpack.security.transport.ssl.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YML
  user=""
  if [ "$(id -u)" -eq 0 ]; then
    # Elasticsearch refuses to run as root.
    id baocao-es >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin baocao-es
    chown -R baocao-es "$run"
    chmod -R a+rX "$home"
    user="runuser -u baocao-es --"
  fi
  # The integ-test zip ships no JDK: use the machine's newest (ES_JAVA_HOME
  # wins when set).
  if [ -z "${ES_JAVA_HOME:-}" ]; then
    ES_JAVA_HOME=$( (ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]-openjdk* 2>/dev/null || true) | sort -V | tail -1)
    [ -n "$ES_JAVA_HOME" ] || ES_JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  export ES_JAVA_HOME ES_PATH_CONF=$run/config ES_TMPDIR=$run/tmp ES_JAVA_OPTS="-Xms512m -Xmx512m"
  ks="$user env ES_JAVA_HOME=$ES_JAVA_HOME ES_PATH_CONF=$ES_PATH_CONF $home/bin/elasticsearch-keystore"
  $ks create >/dev/null 2>&1 || true
  printf '%s' "$password" | $ks add -x -f bootstrap.password >/dev/null
  $user env ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$ES_PATH_CONF" ES_TMPDIR="$ES_TMPDIR" ES_JAVA_OPTS="$ES_JAVA_OPTS" \
    "$home/bin/elasticsearch" -d -p "$run/pid" >"$run/logs/stdout.log" 2>&1 || {
    cat "$run/logs/stdout.log" >&2; exit 1; }
  # Wait while it is starting: its logs grow. Give up only when they have
  # not grown for a long while (a busy machine starts it slowly) or it died.
  stall=${BAOCAO_ES_STALL:-180} last="" still=0
  while [ "$still" -lt $((stall * 2)) ]; do
    health && return
    if [ -f "$run/pid" ] && ! kill -0 "$(cat "$run/pid")" 2>/dev/null; then break; fi
    size=$(cat "$run"/logs/*.log 2>/dev/null | wc -c)
    if [ "$size" = "$last" ]; then still=$((still + 1)); else still=0 last=$size; fi
    sleep 0.5
  done
  echo "Elasticsearch did not come up on $url (its logs stopped growing, or it exited); its log ends:" >&2
  tail -40 "$run/logs/baocao-test.log" >&2 2>/dev/null || tail -40 "$run/logs/stdout.log" >&2
  exit 1
}

stop() {
  [ -f "$run/pid" ] || return 0
  pid=$(cat "$run/pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$run/pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) printf 'BAOCAO_TEST_ES_URL=%s\nBAOCAO_TEST_ES_USERNAME=elastic\nBAOCAO_TEST_ES_PASSWORD=%s\n' "$url" "$password" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
