#!/usr/bin/env bash
# Measures wall time and peak resident memory of `baocao extract --json` on
# each bad sample, one process per file, as the README records them.
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-45s %8s %10s  %s\n' file seconds peak_MB error
for f in samples/bad/*; do
  case "$f" in *.json) continue ;; esac
  out=$( { /usr/bin/time -f '%e %M' ./bin/baocao extract --json "$f" >/tmp/measure-bad.out; } 2>&1 | tail -1 || true)
  read -r secs kb <<<"$out"
  err=$(python3 -c 'import json,sys; print(json.load(open("/tmp/measure-bad.out"))["error"][:60])' 2>/dev/null || echo '?')
  printf '%-45s %8s %10.1f  %s\n' "$(basename "$f")" "$secs" "$(awk -v kb="$kb" "BEGIN{print kb/1024}")" "$err"
done
