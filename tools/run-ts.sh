#!/bin/sh
# Run a TypeScript tool with the workspace path aliases: tools/run-ts.sh tools/eval/run-eval.ts [args]
cd "$(dirname "$0")/.." && TS_NODE_PROJECT=tools/tsconfig.json exec npx ts-node --transpile-only -r tsconfig-paths/register "$@"
