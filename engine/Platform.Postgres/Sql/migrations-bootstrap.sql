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
