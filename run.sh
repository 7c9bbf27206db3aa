#!/usr/bin/env bash
# Runs the portal on its embedded default: SQLite in ./data, listening on http://127.0.0.1:5080
# (override with GOVERNANCE_URL). Prints the URL and the local ingestion API key once it is up.
set -euo pipefail
cd "$(dirname "$0")"

bash eng/bootstrap.sh

url="${GOVERNANCE_URL:-http://127.0.0.1:5080}"
data_dir="$PWD/data"
mkdir -p "$data_dir"

echo "Building the portal..."
dotnet build src/Governance.Web/Governance.Web.csproj -c Release --nologo -v quiet -clp:ErrorsOnly

export ASPNETCORE_URLS="$url"
export Storage__DataDirectory="$data_dir"
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Production}"

dotnet run --project src/Governance.Web/Governance.Web.csproj -c Release --no-build --no-launch-profile &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' INT TERM EXIT

# Wait until the portal answers, then say where it is and which key producers must send.
for _ in $(seq 1 120); do
  if curl -fsS "$url/alive" >/dev/null 2>&1; then
    echo
    echo "Governance portal:  $url"
    echo "OpenLineage API:    POST $url/api/v1/lineage"
    if [[ -f "$data_dir/ingest-api-key" ]]; then
      echo "Ingestion API key:  $(cat "$data_dir/ingest-api-key")   (send as 'Authorization: Bearer <key>')"
    else
      echo "Ingestion API key:  the one configured in Ingestion__ApiKey"
    fi
    echo "Press Ctrl+C to stop."
    break
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "The portal stopped during start-up; see the messages above." >&2
    exit 1
  fi
  sleep 0.5
done

wait "$app"
