#!/usr/bin/env bash
# Failover drill with real processes: three `hive node`s on one SQLite journal (WAL; one file shared by
# processes on this machine), accounts spread over them, then `kill -9` of the node hosting the most
# accounts. Reports the time to the first accepted command for an orphaned account and checks every
# balance afterwards. Usage: deploy/drill/failover.sh [accounts=20]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
accounts="${1:-20}"
work="$(mktemp -d /tmp/hive-drill.XXXX)"
token="drill-$RANDOM$RANDOM"
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

"$root/hive" --help >/dev/null   # builds once
hive_dll="$root/.build/hive/hive.dll"
start_node() { # index
  local i=$1
  HIVE__IMPORTSAMPLES=false dotnet "$hive_dll" node --data-dir "$work" --port $((6053 + i)) --http-port $((6080 + i)) \
    --seeds 127.0.0.1:6053 --admin-token "$token" > "$work/node$i.log" 2>&1 &
  pids[$i]=$!
}
http() { curl -s -H "X-Hive-Token: $token" "$@"; }
wait_ready() { for _ in $(seq 1 120); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return 0; sleep 0.5; done; echo "node on $1 not ready" >&2; exit 1; }

for i in 0 1 2; do start_node $i; [ $i = 0 ] && wait_ready 6080; done
wait_ready 6081; wait_ready 6082
until [ "$(http http://127.0.0.1:6080/api/cluster/members | grep -o '"status":"Up"' | wc -l)" = 3 ]; do sleep 0.5; done
echo "3 nodes up"

for a in $(seq 1 "$accounts"); do
  http -X POST "http://127.0.0.1:6080/api/accounts/drill-$a/open" -d '{"type":"cash"}' >/dev/null
  http -X POST "http://127.0.0.1:6080/api/accounts/drill-$a/deposit" -d "{\"transferId\":\"dep\",\"currency\":\"USD\",\"amount\":$((1000 + a))}" >/dev/null
done

best=1; best_count=-1
for i in 1 2; do
  count=$(http "http://127.0.0.1:$((6080 + i))/api/admin/sharding/account/local" | grep -o 'drill-[0-9]*' | wc -l)
  echo "node$i hosts $count accounts"
  if [ "$count" -gt "$best_count" ]; then best=$i; best_count=$count; fi
done
orphan=$(http "http://127.0.0.1:$((6080 + best))/api/admin/sharding/account/local" | grep -o 'drill-[0-9]*' | head -1)
echo "kill -9 node$best (pid ${pids[$best]}), orphan $orphan"
start=$(date +%s.%N)
kill -9 "${pids[$best]}"
until [ "$(http -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:6080/api/accounts/$orphan/deposit" -d '{"transferId":"after","currency":"USD","amount":1}')" = 200 ]; do sleep 0.2; done
end=$(date +%s.%N)
printf 'failover: first accepted command for %s %.1f s after kill -9\n' "$orphan" "$(echo "$end - $start" | bc)"

bad=0
for a in $(seq 1 "$accounts"); do
  expected=$((1000 + a)); [ "drill-$a" = "$orphan" ] && expected=$((expected + 1))
  cash=$(http "http://127.0.0.1:6080/api/accounts/drill-$a" | grep -o '"cash":{"USD":[0-9.]*' | cut -d: -f3)
  [ "${cash%.*}" = "$expected" ] || { echo "drill-$a: expected $expected, got $cash"; bad=1; }
done
[ $bad = 0 ] && echo "all $accounts balances intact" || exit 1
