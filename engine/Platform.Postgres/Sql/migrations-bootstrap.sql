-- The migrator's own bookkeeping: every applied plan with its checksum, and which module owns which table
-- (a table is dropped only when the module that created it stops declaring it).
CREATE TABLE IF NOT EXISTS platform_migrations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    checksum text NOT NULL,
    modules text[] NOT NULL,
    steps text NOT NULL,
    destructive boolean NOT NULL,
    applied_at timestamp with time zone NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user
);

CREATE TABLE IF NOT EXISTS platform_schema_tables (
    table_name text PRIMARY KEY,
    module text NOT NULL
);

-- The event store (append-only; one version per aggregate version) and the transactional outbox
-- (seed 000 Prompt 2): every repository write adds both in the same statement as the row.
CREATE TABLE IF NOT EXISTS evt_store (
    id text PRIMARY KEY,
    type text NOT NULL,
    aggregate_id text NOT NULL,
    aggregate_type text NOT NULL,
    payload jsonb NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor_id text,
    org_id text NOT NULL,
    correlation_id text NOT NULL,
    caused_by text,
    version integer NOT NULL,
    source text NOT NULL,
    metadata jsonb NOT NULL DEFAULT '{}'
);
-- One primary event per aggregate version (optimistic concurrency); events emitted by it (caused_by set) share its version.
DROP INDEX IF EXISTS evt_store_aggregate_id_version_key;
CREATE UNIQUE INDEX IF NOT EXISTS evt_store_aggregate_version_key ON evt_store (aggregate_id, version) WHERE caused_by IS NULL;
CREATE INDEX IF NOT EXISTS evt_store_org_id_type_idx ON evt_store (org_id, type);
CREATE INDEX IF NOT EXISTS evt_store_org_id_aggregate_type_idx ON evt_store (org_id, aggregate_type);
CREATE INDEX IF NOT EXISTS evt_store_correlation_id_idx ON evt_store (correlation_id);
CREATE INDEX IF NOT EXISTS evt_store_occurred_at_idx ON evt_store (occurred_at);
CREATE INDEX IF NOT EXISTS evt_store_source_idx ON evt_store (source);
ALTER TABLE evt_store ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'evt_store' AND policyname = 'evt_store_organization_isolation') THEN
        CREATE POLICY evt_store_organization_isolation ON evt_store
            USING (org_id = current_setting('app.org_id', true)) WITH CHECK (org_id = current_setting('app.org_id', true));
    END IF;
END $$;
REVOKE UPDATE, DELETE, TRUNCATE ON evt_store FROM platform_app;

CREATE TABLE IF NOT EXISTS evt_outbox (
    id text PRIMARY KEY,
    aggregate_id text NOT NULL,
    version integer NOT NULL,
    event jsonb NOT NULL,
    published_at timestamp with time zone,
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    next_attempt_at timestamp with time zone NOT NULL DEFAULT now(),
    created_at timestamp with time zone NOT NULL DEFAULT now()
);
-- The relay claims the oldest unpublished events: walking this index in the claim's order stops after one
-- batch, where an index on next_attempt_at made every claim read and sort the whole backlog (42 ms for 20,000
-- unpublished rows, so a backlog under sustained writes only grew).
DROP INDEX IF EXISTS evt_outbox_unpublished_idx;
CREATE INDEX IF NOT EXISTS evt_outbox_claim_idx ON evt_outbox (created_at, aggregate_id, version, id) WHERE published_at IS NULL;
-- The relay publishes an aggregate's events in version order: it only claims the lowest unpublished one.
CREATE INDEX IF NOT EXISTS evt_outbox_unpublished_aggregate_idx ON evt_outbox (aggregate_id, version) WHERE published_at IS NULL;
CREATE INDEX IF NOT EXISTS evt_outbox_published_at_idx ON evt_outbox (published_at) WHERE published_at IS NOT NULL;

-- Which consumer has already processed which event (exactly-once effects on top of at-least-once delivery).
CREATE TABLE IF NOT EXISTS evt_inbox (
    consumer text NOT NULL,
    event_id text NOT NULL,
    processed_at timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
-- Requests only add to the outbox; the relay (platform_owner) reads and marks it.
REVOKE SELECT, UPDATE, DELETE, TRUNCATE ON evt_outbox FROM platform_app;
GRANT INSERT ON evt_outbox TO platform_app;
GRANT SELECT, INSERT ON evt_store TO platform_app;

-- Point-in-polygon for geo.point filters (within/intersects) until PostGIS: even-odd ray casting over
-- GeoJSON rings, points on an edge inside, holes excluded — the same algorithm as Platform.Core's GeoShapes.
CREATE OR REPLACE FUNCTION platform_geo_contains(rings jsonb, point jsonb) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    px double precision;
    py double precision;
    ring jsonb;
    n int;
    j int;
    inside boolean;
    on_edge boolean;
    xi double precision; yi double precision; xj double precision; yj double precision;
BEGIN
    IF jsonb_typeof(point) <> 'array' OR jsonb_typeof(rings) <> 'array' OR jsonb_array_length(rings) = 0 THEN
        RETURN false;
    END IF;
    px := (point->>0)::double precision;
    py := (point->>1)::double precision;
    FOR r IN 0 .. jsonb_array_length(rings) - 1 LOOP
        ring := rings->r;
        n := jsonb_array_length(ring);
        inside := false;
        on_edge := false;
        j := n - 1;
        FOR i IN 0 .. n - 1 LOOP
            xi := (ring->i->>0)::double precision; yi := (ring->i->>1)::double precision;
            xj := (ring->j->>0)::double precision; yj := (ring->j->>1)::double precision;
            IF abs((xi - xj) * (py - yj) - (yi - yj) * (px - xj)) < 1e-12
               AND px BETWEEN least(xi, xj) AND greatest(xi, xj) AND py BETWEEN least(yi, yj) AND greatest(yi, yj) THEN
                on_edge := true;
            END IF;
            IF ((yi > py) <> (yj > py)) AND px < (xj - xi) * (py - yi) / (yj - yi) + xi THEN
                inside := NOT inside;
            END IF;
            j := i;
        END LOOP;
        IF r = 0 AND NOT (inside OR on_edge) THEN
            RETURN false;
        ELSIF r > 0 AND inside AND NOT on_edge THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END
$$;
