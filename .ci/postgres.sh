# Starts Debian's PostgreSQL cluster on 127.0.0.1 and exports MODELPLANE_TEST_POSTGRES for the tests.
start_postgres() {
  local version cluster
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | grep -q .; then pg_createcluster "$version" main >/dev/null; fi
  cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
  pg_ctlcluster $cluster start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
  su postgres -c "psql -q -h 127.0.0.1 -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='modelplane') THEN CREATE ROLE modelplane LOGIN PASSWORD 'modelplane' CREATEDB; END IF; END \\\$\\\$;\"" 2>/dev/null \
    || su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='modelplane') THEN CREATE ROLE modelplane LOGIN PASSWORD 'modelplane' CREATEDB; END IF; END \\\$\\\$;\""
  su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='modelplane_test'\" | grep -q 1 || createdb -O modelplane modelplane_test"
  export MODELPLANE_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=modelplane;Password=modelplane;Database=modelplane_test"
  echo "ci: PostgreSQL ready ($cluster)"
}
