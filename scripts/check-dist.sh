#!/usr/bin/env bash
# Fails when a fresh build changes anything under dist/ (new untracked files included) or the generated docs.
set -euo pipefail
npm run build --silent
changes=$(git status --porcelain -- dist/ action.yml actions/ README.md)
if [ -n "$changes" ]; then
  echo "::error::dist/ or generated files differ from a fresh build. Run 'npm run build' and commit the result:"
  echo "$changes"
  git diff --stat -- dist/ action.yml actions/ README.md || true
  exit 1
fi
echo "dist/ and generated files match a fresh build."
