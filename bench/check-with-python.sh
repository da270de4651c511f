#!/bin/sh
# Runs every benchmark program once at its SMALL size on python3 (or on the
# interpreter given as $1), to prove the programs and their self-checks are
# right. Exits non-zero if any program fails. Needs nothing but a shell and
# the interpreter. Usage: bench/check-with-python.sh [python3]
set -u
py=${1:-python3}
dir=$(cd "$(dirname "$0")/programs" && pwd)
failed=0
count=0
for f in "$dir"/*.py; do
    small=$(sed -n 's/^SMALL = \([0-9][0-9]*\).*/\1/p' "$f" | head -n 1)
    name=$(basename "$f" .py)
    if [ -z "$small" ]; then
        echo "FAILED  $name: no SMALL = N line"
        failed=$((failed + 1))
        continue
    fi
    count=$((count + 1))
    if out=$("$py" "$f" "$small" 2>&1) && [ "${out##* }" = "ok" ]; then
        echo "ok      $name $small"
    else
        echo "FAILED  $name $small:"
        printf '%s\n' "$out" | sed 's/^/        /'
        failed=$((failed + 1))
    fi
done
echo "$count programs on $py, $failed failed"
[ "$failed" -eq 0 ]
