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
