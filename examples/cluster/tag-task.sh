#!/bin/sh
# One cluster task (a Hadoop Streaming mapper, a Spark RDD.pipe command): JSON Lines {"id","text"} on
# stdin -> result lines on stdout, ids kept, in input order. For `tag`, exit 1 means "a document failed"
# (its line says why); for the cluster that task is done, so only exit 2 (usage, output) or a signal
# fails it, and the cluster retries it.
#
# Environment: CPPCC_NLP            the command (default cppcc-nlp; "node /opt/cppcc-nlp/dist/cli.js" works)
#              CPPCC_NLP_JOBS       worker threads (default 1: the cluster runs one task per core)
#              CPPCC_NLP_MAX_BYTES  larger documents become error lines (default 10000000)
#              CPPCC_NLP_ENGINE     the segmenter engine (see Engines in the README)
# Arguments are passed on to tag (e.g. --engine nodejieba).
PATH="${PATH:-/usr/local/bin:/usr/bin:/bin}"
export PATH
${CPPCC_NLP:-cppcc-nlp} tag - --jobs "${CPPCC_NLP_JOBS:-1}" --max-bytes "${CPPCC_NLP_MAX_BYTES:-10000000}" --progress none "$@"
rc=$?
if [ "$rc" -eq 1 ]; then exit 0; fi
exit "$rc"
