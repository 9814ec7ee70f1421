#!/usr/bin/env bash
# Benchmark (not a test): time from start to the editor's first screen, and peak memory, on a
# generated project of 20 languages x 1,000 units. Needs tmux and GNU time.
#   bench/editor-startup.sh [path/to/mpleaflets.dll]   (default: the Debug build)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dll="$(realpath "${1:-$repo/src/MpLeaflets.Cli/bin/Debug/net10.0/mpleaflets.dll}")"
dir="$(mktemp -d)"
trap 'tmux -L mpl-bench kill-server 2>/dev/null || true; rm -rf "$dir"' EXIT
mkdir -p "$dir/content/documents" "$dir/translations"
cp "$repo/content/places.csv" "$dir/content/"
echo "packs: []" > "$dir/content/packs.yaml"
{
  head -1 "$repo/content/languages.csv"
  tail -n +2 "$repo/content/languages.csv"
  # The rows have all ten columns of the header (line_height, line_height_forms, min_size empty).
  for code in de es it pl ro ru uk; do echo "$code,Lang $code,Lang $code,ltr,Latn,Noto Sans,latn,,,"; done
} > "$dir/content/languages.csv"
for d in 1 2 3 4 5; do
  {
    printf -- '---\nid: doc%s\nkind: leaflet\ntitle: Document %s\nversion: 2026-11-27\norder: %s\n---\n\n' "$d" "$d" "$d"
    for p in $(seq 1 199); do printf 'Paragraph %s of document %s says what to bring and whom to call first.\n\n' "$p" "$d"; done
  } > "$dir/content/documents/doc$d.md"
done
dotnet "$dll" --project "$dir" sync > /dev/null
for f in "$dir"/translations/*.csv; do
  # Every unit translated (the English copied) except one in ten.
  awk -F, 'BEGIN{OFS=","} NR>1 && NR%10 {$3=$2; $4="translated"} {print}' "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
echo "units per language: $(($(wc -l < "$dir/translations/ar.csv") - 1)), languages: $(ls "$dir"/translations/*.csv | wc -l)"
for run in 1 2 3; do
  start=$(date +%s%N)
  tmux -L mpl-bench new-session -d -x 80 -y 24 -c "$dir" "/usr/bin/time -f '%M' -o $dir/rss dotnet '$dll' edit"
  # (No 'capture-pane | grep -q' here: with pipefail, grep leaving early can fail the pipe forever.)
  until [[ "$(tmux -L mpl-bench capture-pane -p 2>/dev/null)" == *' · saved'* ]]; do sleep 0.02; done
  first=$((($(date +%s%N) - start) / 1000000))
  # Moving and typing: 50 jumps and 50 keystrokes, then the time until the screen shows the last one.
  start=$(date +%s%N)
  for i in $(seq 1 50); do tmux -L mpl-bench send-keys C-n; done
  tmux -L mpl-bench send-keys C-e; tmux -L mpl-bench send-keys -l "$(printf 'x%.0s' $(seq 1 49))Z"
  until [[ "$(tmux -L mpl-bench capture-pane -p 2>/dev/null)" == *xZ* ]]; do sleep 0.02; done
  keys=$((($(date +%s%N) - start) / 1000000))
  tmux -L mpl-bench send-keys Escape; sleep 0.5; tmux -L mpl-bench send-keys d
  while tmux -L mpl-bench has-session 2>/dev/null; do sleep 0.1; done
  echo "run $run: first screen ${first} ms, 101 keys drawn in ${keys} ms, peak memory $(( $(cat "$dir/rss") / 1024 )) MB"
done
