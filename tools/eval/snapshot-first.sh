#!/bin/bash
# Stores, for each evaluation batch named, what the extractor produced for it before any rule was written from it: the CLI of
# the parent of the commit that added the batch's gold file, run on the batch, kept to the fields the partner model reads
# (tools/eval/first/SET.jsonl). Run it once when a batch is added, before any rule is written from it.
# usage: tools/eval/snapshot-first.sh heldout35 [heldout36 ...]   (needs the git history; ~10 s a batch)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
wt=$(mktemp -d)
trap 'git worktree remove --force "$wt" >/dev/null 2>&1 || true; rm -rf "$wt"; git worktree prune' EXIT
for set in "$@"; do
  added=$(git log --diff-filter=A --format=%h -- "tools/eval/$set/gold.json" | tail -1)
  # a batch not committed yet is scored by the extractor of HEAD
  rev=${added:+$added^}
  rev=${rev:-HEAD}
  git worktree remove --force "$wt" >/dev/null 2>&1 || true
  rm -rf "$wt"
  git worktree add --detach -f "$wt" "$rev" >/dev/null 2>&1
  ln -s "$root/node_modules" "$wt/node_modules"
  mode=()
  grep -q -- '--rules-only' "$wt/apps/cli/src/extract-command.ts" 2>/dev/null && mode=(--rules-only)
  (cd "$wt" && node tools/scripts/dpo.js extract "${mode[@]}" "$root"/tools/eval/"$set"/*.txt 2>/dev/null) |
    node -e '
      const rl = require("readline").createInterface({ input: process.stdin });
      rl.on("line", (l) => {
        if (!l.startsWith("{")) return;
        const r = JSON.parse(l);
        const keep = new Set(r.partners);
        process.stdout.write(JSON.stringify({
          file: r.file.split("/").pop(), extractorVersion: r.extractorVersion, language: r.language, partners: r.partners,
          instruments: r.instruments.map((i) => ({ type: i.type, partner: i.partner })),
          initiatives: r.initiatives.map((i) => ({ partners: i.partners })),
          entities: r.entities.filter((e) => e.type === "country" || e.type === "region" || keep.has(e.id))
            .map((e) => ({ type: e.type, id: e.id, start: e.start, end: e.end, role: e.role })),
        }) + "\n");
      });' > "tools/eval/first/$set.jsonl"
  echo "$set: extractor of $rev, $(wc -l < "tools/eval/first/$set.jsonl") documents" >&2
done
