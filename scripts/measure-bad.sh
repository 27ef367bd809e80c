#!/usr/bin/env bash
# Measures wall time and peak resident memory of `baocao extract --json`, one
# process per file, as the README records them: the bad samples, then the
# files of the classes real offices send that samples/ did not have at first
# (e-signed and junk-layer scans, digits drawn one by one, Word 97-2003 .doc,
# and, read in place when ../shared/corpus is beside the repository, real
# .doc files and a handwritten scan).
set -euo pipefail
cd "$(dirname "$0")/.."
measure() {
  local f=$1
  out=$( { /usr/bin/time -f '%e %M' ./bin/baocao extract --json "$f" >/tmp/measure-bad.out; } 2>&1 | tail -1 || true)
  read -r secs kb <<<"$out"
  err=$(python3 -c 'import json,sys; print(json.load(open("/tmp/measure-bad.out"))["error"][:60])' 2>/dev/null || echo '?')
  recs=$(python3 -c 'import json,sys; d=json.load(open("/tmp/measure-bad.out")); print(len(d["records"]), len(d["warnings"]))' 2>/dev/null || echo '? ?')
  printf '%-45s %8s %10.1f %5s %5s  %s\n' "$(basename "$f")" "$secs" "$(awk -v kb="$kb" "BEGIN{print kb/1024}")" $recs "$err"
}
printf '%-45s %8s %10s %5s %5s  %s\n' file seconds peak_MB recs warns error
for f in samples/bad/*; do
  case "$f" in *.json) continue ;; esac
  measure "$f"
done
echo
for f in samples/scan/esigned-*.pdf samples/scan/junk-layer-*.pdf samples/pdf/spaced-digits-*.pdf; do
  measure "$f"
done
corpus=../shared/corpus/vn-office
if [ -d "$corpus" ]; then
  for f in "$corpus"/*.doc "$corpus"/ncc-4630N-NT06.pdf; do
    measure "$f"
  done
else
  echo "(../shared/corpus is not beside the repository: its real files are not measured)"
fi
