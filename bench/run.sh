#!/usr/bin/env bash
# The benchmarks of issue 8 (`make bench`): fetches Apache Tika 2.9.2's
# tika-app with Maven into ~/.m2, starts the Elasticsearch of the tests
# (scripts/elasticsearch.sh) on the bench's own port, so that the bench can
# empty the index `baocao ingest --es` fills without touching anyone's, runs
# bench/harness, and stops that Elasticsearch again if it started it. The
# figures are printed as Markdown and kept under $BENCH_DIR/results.
#
#   bench/run.sh                          # everything: long (the 10,000-file ingests, 100,000-record searches)
#   bench/run.sh -steps search,search-es  # some steps (see go run ./bench/harness -h)
#   bench/run.sh -smoke                   # make bench-smoke: 20 files, no Tika, no Elasticsearch
#
# Settings: BENCH_DIR (/var/tmp/baocao-bench), BENCH_ES_PORT (19250).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/var/tmp/baocao-bench}

steps=all
smoke=false
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    -smoke | --smoke) smoke=true ;;
    -steps | --steps) steps=${args[i + 1]:-} ;;
    -steps=* | --steps=*) steps=${args[i]#*=} ;;
  esac
done
if $smoke; then
  exec go run ./bench/harness -dir "$dir/smoke" "$@"
fi
wants() { [[ ",$steps," == *",all,"* || ",$steps," == *",$1,"* ]]; }

extra=()
if wants tika; then
  jar=$HOME/.m2/repository/org/apache/tika/tika-app/2.9.2/tika-app-2.9.2.jar
  if [ ! -f "$jar" ]; then
    echo "bench: fetching tika-app 2.9.2 from Maven Central" >&2
    mvn -q dependency:get -Dartifact=org.apache.tika:tika-app:2.9.2 -Dtransitive=false >&2
  fi
  extra+=(-tika "$jar")
fi

if wants ingest-es || wants search-es; then
  export ES_PORT=${BENCH_ES_PORT:-19250}
  eval "$(scripts/elasticsearch.sh env)" # BAOCAO_TEST_ES_URL, _USERNAME, _PASSWORD
  url=$BAOCAO_TEST_ES_URL
  if ! curl -fsS -u "$BAOCAO_TEST_ES_USERNAME:$BAOCAO_TEST_ES_PASSWORD" "$url/_cluster/health" >/dev/null 2>&1; then
    echo "bench: starting Elasticsearch on $url" >&2
    scripts/elasticsearch.sh start
    trap 'scripts/elasticsearch.sh stop' EXIT
  fi
  extra+=(-es "$url" -es-user "$BAOCAO_TEST_ES_USERNAME" -es-password "$BAOCAO_TEST_ES_PASSWORD"
    -es-pid "${TMPDIR:-/tmp}/baocao-es-$ES_PORT/pid")
fi

go run ./bench/harness -dir "$dir" "${extra[@]}" "$@"
