#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs one (or all) for a while, seeded from the DRIVE bank and
# the test fixtures. Crashes land in Fuzz/crashes/<harness>/; turn each into a regression test.
#
#   bash Fuzz/run.sh [FuzzPage|FuzzFrontMatter|FuzzTabell|FuzzWikiLink|all] [seconds per harness, default 60]
set -euo pipefail
cd "$(dirname "$0")"
which=${1:-all}
seconds=${2:-60}
swift build -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >/dev/null

seed() {  # corpus folder per harness, rebuilt from the repository each run
    local dir=corpus/$1
    mkdir -p "$dir"
    case $1 in
        FuzzPage|FuzzFrontMatter)
            find ../content ../Tests/Fixtures -name '*.md' | while read -r f; do cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; done ;;
        FuzzWikiLink)
            grep -rhoE '.{0,40}\[\[[^]]*\]\].{0,40}' ../content ../Tests/Fixtures ../Tests/MarkdownTests --include='*.md' --include='*.swift' \
                | awk '{ print > ("'"$dir"'/rad-" NR) }'
            printf '[[A]] \\[[B]] `[[C]]` [[D|*e*]]\n[foo]: x\n' > "$dir/referens"
            printf '*[[A\n#B|c]]* [[[x]]] ![[bild.png]] [[S#^abc]]' > "$dir/blandat" ;;
        FuzzTabell)
            find ../content/data -name '*.csv' | while read -r f; do cp "$f" "$dir/$(basename "$f")"; done
            printf 'rubrik: Kostnader\nkälla: data/x.csv\n' > "$dir/kalla"
            printf 'rubrik: T\nA;B\n"1 000";"x, y"\n' > "$dir/semikolon" ;;
    esac
}

harnesses=(FuzzPage FuzzFrontMatter FuzzTabell FuzzWikiLink)
[ "$which" = all ] || harnesses=("$which")
for h in "${harnesses[@]}"; do
    seed "$h"
    mkdir -p "crashes/$h"
    echo "== $h i $seconds s"
    .build/debug/"$h" "corpus/$h" -max_total_time="$seconds" -artifact_prefix="crashes/$h/" -print_final_stats=1 2>&1 \
        | grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss|==.*ERROR|SUMMARY)' || true
done
