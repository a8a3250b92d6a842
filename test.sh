#!/usr/bin/env bash
# Hive's test command (README.md): installs what the tests need, builds, and runs every test project.
#   ./test.sh                 all tests
#   ./test.sh --filter X      passed through to `dotnet test` (e.g. --filter "FullyQualifiedName~Failover")
# Needs: .NET SDK 10 on PATH; Debian packages postgresql, sqlite3, chromium (the headless-browser tests) and prometheus
# (the metrics specs scrape a node with it; promtool checks and unit-tests the alert rules), installed here with apt-get
# when missing (which needs root); Python's moto for the S3 tests (present on these machines).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/prometheus ] && command -v promtool >/dev/null || missing+=(prometheus)
if ((${#missing[@]})); then
  echo "==> installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "need root to apt-get install ${missing[*]}" >&2; exit 1; fi
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
fi
# The postgresql package may start its own cluster on 5432 and prometheus its own server on 9090; the tests start their
# own on free ports.
python3 -c "import moto" 2>/dev/null || { echo "python3 module 'moto' (S3-compatible server for the S3 tests) is missing: pip install 'moto[server]'" >&2; exit 1; }

echo "==> alert rules (deploy/prometheus)"
promtool check rules deploy/prometheus/alerts.yml >/dev/null
promtool check config deploy/prometheus/prometheus.yml >/dev/null
untested=$(comm -23 <(grep -oP '^\s*- alert: \K\S+' deploy/prometheus/alerts.yml | sort -u) \
                    <(grep -oP '^\s*alertname: \K\S+' deploy/prometheus/alerts.test.yml | sort -u))
if [ -n "$untested" ]; then echo "alerts without a test in deploy/prometheus/alerts.test.yml: $untested" >&2; exit 1; fi
(cd deploy/prometheus && promtool test rules alerts.test.yml)

echo "==> building"
dotnet build Cluster.sln -c Debug -v q -nologo -clp:NoSummary

echo "==> testing"
# The tests' temporary PostgreSQL servers (tests/TestSupport/PostgresServer.cs, ${TMPDIR:-/tmp}/hive-pg-*) stop when their test
# process exits normally; one the test runner kills at the end of a run is stopped here, so a run leaves no server behind.
tmp="${TMPDIR:-/tmp}"
before=$(ls -d "$tmp"/hive-pg-* 2>/dev/null || true)
stop_servers() {
  for dir in $(ls -d "$tmp"/hive-pg-* 2>/dev/null); do
    grep -qxF "$dir" <<<"$before" && continue
    if [ -f "$dir/postmaster.pid" ]; then
      pg_ctl=$(compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" | head -1)
      if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true
      else "$pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true; fi
    fi
    rm -rf "$dir"
  done
}
trap stop_servers EXIT
# Test projects run one after another, so the timing-sensitive cluster tests (failure detection,
# failover) are not starved of the machine's two cores by the other suites.
status=0
for project in tests/*/*.Tests.csproj; do
  echo "--- $project"
  dotnet test "$project" --no-build -v q -nologo --logger "console;verbosity=minimal" "$@" || status=1
done
exit $status
