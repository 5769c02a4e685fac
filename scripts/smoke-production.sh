#!/usr/bin/env bash
# After `npm run build`: proves a production start (`next start`) works on a fresh database through
# the committed migrations, and that it refuses to start without a real PAYLOAD_SECRET. On the
# SQLite server it then runs the end-to-end browser tests (tests/e2e) when Chromium is installed.
#   scripts/smoke-production.sh [postgres://... fresh database]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-3100}
secret=$(node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))")
demo_password=$(node -e "console.log('demo-' + require('node:crypto').randomBytes(12).toString('hex'))")
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
next_bin=node_modules/next/dist/bin/next
export PAYLOAD_JOBS_AUTORUN=false MEDIA_DIR="$work/media" FILES_DIR="$work/files" REPORT_PDFS_DIR="$work/report-pdfs"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }

echo "smoke: production start without PAYLOAD_SECRET is refused"
set +e
DATABASE_URL="file:$work/refused.db" PAYLOAD_SECRET= timeout 60 node "$next_bin" start -p "$port" >"$work/refused.log" 2>&1
code=$?
set -e
[ "$code" -ne 0 ] && [ "$code" -ne 124 ] || fail "next start did not refuse (exit $code)"
grep -q PAYLOAD_SECRET "$work/refused.log" || fail "the refusal does not name PAYLOAD_SECRET: $(cat "$work/refused.log")"

serve_and_check() {
  local url=$1 name=$2
  echo "smoke: next start on a fresh $name database"
  # The address an editor types on the first start: 127.0.0.1 (issue 17); production allows the
  # configured origin only, so it is the server URL here.
  DATABASE_URL="$url" PAYLOAD_SECRET="$secret" NEXT_PUBLIC_SERVER_URL="http://127.0.0.1:$port" SEED_DEMO_PASSWORD="$demo_password" \
    node "$next_bin" start -p "$port" >"$work/$name.log" 2>&1 &
  local pid=$!
  server_pid=$pid
  local ok=
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/api/chapters" 2>/dev/null; then ok=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if [ -z "$ok" ]; then
    kill "$pid" 2>/dev/null || true
    cat "$work/$name.log" >&2
    fail "the server on $name did not answer /api/chapters"
  fi
  for path in /admin /api/chapters /api/reports /; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
    echo "  GET $path -> $status"
    [ "$status" = 200 ] || { kill "$pid"; cat "$work/$name.log" >&2; fail "GET $path answered $status on $name"; }
  done
  check_security_headers "$name"
  if [ "$name" = sqlite ]; then run_e2e; fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  server_pid=
}

# The headers of src/config/securityHeaders.ts on each area (GET, headers only), and no X-Powered-By.
headers_of() { curl -s -D - -o /dev/null "http://127.0.0.1:$port$1" | tr -d '\r'; }
expect_header() {
  local path=$1 pattern=$2 headers
  headers=$(headers_of "$path")
  echo "$headers" | grep -Eiq "$pattern" || { kill "$server_pid"; fail "GET $path: no header matching /$pattern/ in:
$headers"; }
}
check_security_headers() {
  local name=$1 path upload
  for path in /admin /admin/login / /api/chapters; do
    expect_header "$path" '^x-content-type-options: nosniff$'
    expect_header "$path" '^referrer-policy: strict-origin-when-cross-origin$'
    if headers_of "$path" | grep -qi '^x-powered-by:'; then kill "$server_pid"; fail "GET $path sends X-Powered-By on $name"; fi
  done
  expect_header /admin/login "^content-security-policy: .*script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'"
  expect_header /admin/login "^content-security-policy: .*frame-ancestors 'none'"
  expect_header /admin/login '^x-frame-options: DENY$'
  expect_header / "^content-security-policy: .*frame-ancestors 'self'"
  expect_header / '^x-frame-options: SAMEORIGIN$'
  if headers_of / | grep -i '^content-security-policy:' | grep -q "unsafe-eval"; then kill "$server_pid"; fail "the site's CSP allows eval in production"; fi
  expect_header /api/chapters "^content-security-policy: default-src 'none'; frame-ancestors 'none'$"
  # A kept page (the report's own; none on an empty database): the same for every anonymous
  # visitor, so no nonce; a CDN in front must ask again each time; the second view is Next's cache.
  local report
  report=$(curl -s "http://127.0.0.1:$port/api/reports?limit=1&depth=0&select%5Bslug%5D=true" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{try{console.log(JSON.parse(s).docs[0]?.slug??'')}catch{console.log('')}})")
  if [ -n "$report" ]; then
    headers_of "/jaarverslagen/$report" >/dev/null
    expect_header "/jaarverslagen/$report" "^content-security-policy: .*script-src 'self' 'unsafe-inline';"
    expect_header "/jaarverslagen/$report" "^content-security-policy: .*frame-ancestors 'self'"
    expect_header "/jaarverslagen/$report" '^cache-control: public, max-age=0, must-revalidate$'
    expect_header "/jaarverslagen/$report" '^x-nextjs-cache: HIT$'
    if headers_of "/jaarverslagen/$report" | grep -i '^content-security-policy:' | grep -q "unsafe-eval"; then kill "$server_pid"; fail "a kept page's CSP allows eval in production"; fi
  fi
  upload=$(curl -s "http://127.0.0.1:$port/api/media?limit=1&depth=0&select%5Bfilename%5D=true" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{try{console.log(JSON.parse(s).docs[0]?.filename??'')}catch{console.log('')}})")
  if [ -n "$upload" ]; then
    expect_header "/api/media/file/$upload" '^content-type: image/'
    expect_header "/api/media/file/$upload" '^x-content-type-options: nosniff$'
    expect_header "/api/media/file/$upload" '^content-disposition: inline$'
    echo "  security headers: admin, site, API and upload ($upload) ok"
  else
    echo "  security headers: admin, site and API ok (no upload on the $name database to check)"
  fi
}

run_e2e() {
  local chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
  # The fresh SQLite database was seeded with the demo users (SEED_DEMO_PASSWORD below): the
  # tests log in as admin@, redacteur@ and auteur@jaarverslag.local.
  export E2E_ADMIN_EMAIL=admin@jaarverslag.local E2E_ADMIN_PASSWORD="$demo_password" E2E_DEMO_PASSWORD="$demo_password"
  if [ ! -x "$chromium" ]; then
    echo "smoke: end-to-end browser tests skipped: no Chromium at $chromium (apt-get install chromium)"
    return
  fi
  for test in tests/e2e/*.e2e.mjs; do
    echo "smoke: $test"
    E2E_URL="http://127.0.0.1:$port" CHROMIUM_PATH="$chromium" node "$test" || {
      echo "smoke: the last lines the $name server wrote:" >&2
      tail -40 "$work/$name.log" >&2
      fail "$test"
    }
  done
}

serve_and_check "file:$work/fresh.db" sqlite
if [ -n "${1:-}" ]; then
  serve_and_check "$1" postgres
fi
echo "smoke: ok"
