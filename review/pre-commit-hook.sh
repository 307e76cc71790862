#!/bin/sh
# The psw-review commit hook (.pre-commit-hooks.yaml, ADR 0011): the checker in this
# folder, installed by uv from its own uv.lock, reviews the folder named in the hook's
# `args` (the repository's top by default).
set -eu
checker=$(dirname "$0")
if ! command -v uv >/dev/null 2>&1; then
    echo "psw-review could not run: uv is not installed (https://docs.astral.sh/uv/)." >&2
    exit 1
fi
VIRTUAL_ENV='' exec uv run --quiet --locked --no-default-groups --project "$checker" \
    psw-review "$@"
