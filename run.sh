#!/usr/bin/env bash
# Runs Governance on its embedded default: the portal on SQLite in ./data, fed by the collector
# scanning a simulated retail platform (a cloud Kafka cluster and 3 store clusters with Schema
# Registry and Kafka Connect, speaking the real protocols). Prints the portal's URL and the local
# ingestion API key. Ctrl+C stops everything.
#
#   GOVERNANCE_URL=http://127.0.0.1:5080   where the portal listens
#   GOVERNANCE_DEMO=0                      the portal alone, without the simulated platform
set -euo pipefail
cd "$(dirname "$0")"

bash eng/bootstrap.sh

url="${GOVERNANCE_URL:-http://127.0.0.1:5080}"
demo="${GOVERNANCE_DEMO:-1}"
data_dir="$PWD/data"
demo_dir="$data_dir/demo"
mkdir -p "$data_dir"

echo "Building..."
build() { dotnet build "$1" -c Release --nologo -v quiet -clp:ErrorsOnly -clp:NoSummary; }
build src/Governance.Web/Governance.Web.csproj
if [[ $demo == 1 ]]; then
  build tests/Governance.Simulator.Host/Governance.Simulator.Host.csproj
  build src/Governance.Collector/Governance.Collector.csproj
fi

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all INT TERM EXIT

# Started from its output folder, so that its appsettings.json is the content root's.
(cd src/Governance.Web/bin/Release/net10.0 &&
  ASPNETCORE_URLS="$url" Storage__DataDirectory="$data_dir" DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Production}" \
    exec dotnet Governance.Web.dll) &
pids+=($!)

wait_for() { # what, seconds, test command...
  local what=$1 seconds=$2; shift 2
  for _ in $(seq 1 $((seconds * 2))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "The $what stopped during start-up; see the messages above." >&2; exit 1; }
    done
    sleep 0.5
  done
  echo "The $what did not start within $seconds s." >&2
  exit 1
}
wait_for portal 120 curl -fsS "$url/alive"
api_key="$(cat "$data_dir/ingest-api-key")"

if [[ $demo == 1 ]]; then
  rm -rf "$demo_dir/endpoints.json"
  mkdir -p "$demo_dir"
  dotnet tests/Governance.Simulator.Host/bin/Release/net10.0/governance-simulator.dll \
    --scenario retail --size demo --stores 3 --seed 42 --endpoints-file "$demo_dir/endpoints.json" >"$demo_dir/simulator.log" 2>&1 &
  pids+=($!)
  wait_for "simulated platform" 120 test -s "$demo_dir/endpoints.json"

  # The collector's configuration: every simulated cluster with its registry and Connect, and the portal.
  jq --arg url "$url" --arg key "$api_key" --arg dir "$demo_dir" '{
      Clusters: [.clusters[] | {Alias: .alias, BootstrapServers: .bootstrapServers}
        + (if .schemaRegistryUrl then {SchemaRegistry: {Url: .schemaRegistryUrl}} else {} end)
        + (if .connectUrl then {Connect: {Url: .connectUrl}} else {} end)],
      Portal: {Url: $url, ApiKey: $key},
      Transport: {Type: "Http"},
      Outbox: {Directory: ($dir + "/outbox")},
      Emission: {StateFile: ($dir + "/collector-state.json")},
      Scan: {Interval: "00:00:30"}
    }' "$demo_dir/endpoints.json" >"$demo_dir/collector.json"
  chmod 600 "$demo_dir/collector.json"

  dotnet src/Governance.Collector/bin/Release/net10.0/Governance.Collector.dll run --config "$demo_dir/collector.json" \
    >"$demo_dir/collector.log" 2>&1 &
  pids+=($!)
fi

echo
echo "Governance portal:  $url"
echo "OpenLineage API:    POST $url/api/v1/lineage"
echo "Ingestion API key:  $api_key   (send as 'Authorization: Bearer <key>')"
if [[ $demo == 1 ]]; then
  echo "Simulated platform: $(jq -r '[.clusters[].alias] | join(", ")' "$demo_dir/endpoints.json") (logs in data/demo/)"
  echo "The collector scans every 30 s; the catalog fills within a minute."
fi
echo "Press Ctrl+C to stop."

wait -n "${pids[@]}"
