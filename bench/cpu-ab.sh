#!/usr/bin/env bash
# CPU time (user + sys) of `offering validate` and `generate` for two builds of the project,
# interleaved run by run, so that both see the same load. On a busy machine CPU time varies far
# less than wall time; compare the minimum of each column.
# Usage: bench/cpu-ab.sh BEFORE_CHECKOUT AFTER_CHECKOUT BENCH_WORKDIR [RUNS]
#   (BENCH_WORKDIR is a `bench/run.ts --workdir` folder: it holds 10k/ and 100k/ workspaces)
set -euo pipefail
before=$1 after=$2 work=$3 runs=${4:-3}
timing=$(mktemp) catalogues=$(mktemp -d)
trap 'rm -rf "$timing" "$catalogues"' EXIT
for size in 10k 100k; do
  for _ in $(seq "$runs"); do
    for side in before after; do
      checkout=${!side}
      for command in validate generate; do
        extra=(); [ "$command" = generate ] && extra=(-o "$catalogues/$side-$size.json")
        /usr/bin/time -o "$timing" -f "%U %S %e" node "$checkout/packages/language/bin/offering.js" "$command" "$work/$size/offering" "${extra[@]}" >/dev/null 2>&1 || true
        echo "$size $side $command $(tail -1 "$timing")"
      done
    done
  done
  cmp -s "$catalogues/before-$size.json" "$catalogues/after-$size.json" && echo "$size catalogues identical" || echo "$size catalogues DIFFER"
done
