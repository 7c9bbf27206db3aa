#!/usr/bin/env bash
# Adds a migration named $1 for every database engine (each has its own migrations folder).
# Usage: eng/add-migration.sh AddSomething
set -euo pipefail
name="${1:?usage: eng/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/../src/Governance.Web"
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" --context "${provider}GovernanceDbContext" \
    --output-dir "Data/Migrations/$provider" --namespace "Governance.Web.Data.Migrations.$provider"
  # dotnet-ef places the model snapshot by namespace rather than by --output-dir; keep it beside its migrations.
  if [[ -d Governance/Web/Data/Migrations/$provider ]]; then
    mv Governance/Web/Data/Migrations/"$provider"/*.cs "Data/Migrations/$provider/"
  fi
done
rm -rf Governance
