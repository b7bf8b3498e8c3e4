#!/usr/bin/env bash
# Lints the API description the integration tests wrote (ApiDescriptionLintTest) with Spectral's recommended
# OpenAPI rules; any error or warning fails the build. Run by `./mvnw verify` after the tests (ADR 22).
set -euo pipefail
cd "$(dirname "$0")"
description=../../target/openapi/openapi.json
if [ ! -f "$description" ]; then
  echo "OpenAPI lint: $description is missing; ApiDescriptionLintTest writes it when the tests run" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/spectral ]; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
fi
node_modules/.bin/spectral lint "$description" --ruleset .spectral.yaml --fail-severity=warn
