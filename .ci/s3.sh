# Starts npm's s3rver on 127.0.0.1:4569 and exports MODELPLANE_TEST_S3 for the tests.
start_s3() {
  local tools="$root/.ci/.tools"
  if [[ ! -x "$tools/node_modules/.bin/s3rver" ]]; then
    mkdir -p "$tools"
    (cd "$tools" && npm install --silent --no-audit --no-fund s3rver@3.7.1 >/dev/null 2>&1)
  fi
  local data
  data=$(mktemp -d)
  "$tools/node_modules/.bin/s3rver" --address 127.0.0.1 --port 4569 --directory "$data" --silent >/dev/null 2>&1 &
  for _ in $(seq 1 30); do (echo > /dev/tcp/127.0.0.1/4569) 2>/dev/null && break; sleep 1; done
  export MODELPLANE_TEST_S3="http://127.0.0.1:4569"
  echo "ci: s3rver ready on 127.0.0.1:4569"
}
