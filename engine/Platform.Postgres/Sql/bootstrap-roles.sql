-- Creates the platform's two roles (ARCHITECTURE.md § Security) if they do not exist.
-- Passwords arrive through the session settings platform.owner_password / platform.app_password.
--   platform_owner: owns the schema, runs migrations and the relay.
--   platform_app:   DML only; NOBYPASSRLS, so row-level security always applies to it.
DO $bootstrap$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_owner') THEN
        EXECUTE format('CREATE ROLE platform_owner LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD %L', current_setting('platform.owner_password'));
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') THEN
        EXECUTE format('CREATE ROLE platform_app LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS PASSWORD %L', current_setting('platform.app_password'));
    END IF;
END
$bootstrap$;
