#!/usr/bin/env bash
# JSON Lines {"id","text"} on standard input → result lines on standard output, in input order, on all
# cores with GNU parallel: each task is one `cppcc-nlp tag -` over LINES lines. The output is the same,
# byte for byte, as one `cppcc-nlp tag -` over the whole input (test/cli/parallel.test.ts proves it).
#
#   examples/cluster/parallel.sh [TAG OPTIONS] < docs.jsonl > results.jsonl   (e.g. --max-bytes 2000000)
#
# Give every line an id: a line without one is named line:N by its number within its task's input.
#
# Environment: CPPCC_NLP  the command (default: cppcc-nlp if installed, else node dist/cli.js of this checkout)
#              LINES      lines per task (default 50)        TASKS  tasks at once (default: one per core)
# Exit code as tag's: 2 if a task failed to run (usage, output), else 1 if a document failed, else 0.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [[ -z "${CPPCC_NLP:-}" ]]; then
  if command -v cppcc-nlp >/dev/null; then CPPCC_NLP=cppcc-nlp; else CPPCC_NLP="node $here/../../dist/cli.js"; fi
fi
extra=''
if (($#)); then extra=$(printf ' %q' "$@"); fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# One worker thread per task: parallel already runs a task per core. A task's summary goes to stderr.
parallel --will-cite --pipe -N "${LINES:-50}" --keep-order ${TASKS:+-j "$TASKS"} --joblog "$log" \
  "$CPPCC_NLP tag - --jobs 1 --progress none$extra" || true
# The worst exit value of the tasks (job log columns: 7 exit value, 8 signal) is the run's.
worst=$(awk 'NR > 1 { v = $8 != 0 ? 2 : $7; if (v > max) max = v } END { print max + 0 }' "$log")
exit $(( worst > 2 ? 2 : worst ))
