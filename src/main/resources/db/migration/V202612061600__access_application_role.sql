-- The application connects as its own role, openprobation_app (ADR 17): everything it needs on the platform's
-- tables, but on the audit trail only reading and adding rows. Migrations run as the owner of the schemas (the
-- embedded server's superuser, or SPRING_FLYWAY_USER on an external one). Where the migrating user may not create
-- roles, the operator creates openprobation_app (LOGIN, with a password) and this grants it what it needs.
do $$
declare
    s name;
begin
    if not exists (select 1 from pg_roles where rolname = 'openprobation_app') then
        begin
            create role openprobation_app nologin;
        exception when insufficient_privilege then
            raise warning 'openprobation_app was not created (the migrating user may not create roles): create it, '
                'then run the migrations again so that it is granted what it needs';
            return;
        end;
    end if;
    for s in
        select n.nspname from pg_namespace n
        where n.nspname in ('access', 'allocation', 'assessment', 'contacts', 'demo', 'enforcement', 'inspection',
                            'interventions', 'organisation', 'oversight', 'people', 'planning', 'reporting',
                            'sentences', 'unpaidwork')
    loop
        execute format('grant usage on schema %I to openprobation_app', s);
        execute format('grant select, insert, update, delete, truncate on all tables in schema %I to openprobation_app', s);
        execute format('grant usage, select, update on all sequences in schema %I to openprobation_app', s);
        execute format('alter default privileges in schema %I grant select, insert, update, delete, truncate on tables to openprobation_app', s);
        execute format('alter default privileges in schema %I grant usage, select, update on sequences to openprobation_app', s);
    end loop;
    -- Flyway's history, so that an instance started with the application's credentials can check the schema
    if exists (select 1 from pg_tables where schemaname = current_schema() and tablename = 'flyway_schema_history') then
        execute format('grant select on %I.flyway_schema_history to openprobation_app', current_schema());
    end if;
    -- the audit trail: read and added to, never changed or removed
    revoke update, delete, truncate on access.audit_event from openprobation_app;
    -- ANALYZE after the demo's bulk load (PostgreSQL 17's maintenance role; older servers keep their statistics by
    -- autovacuum alone)
    begin
        execute 'grant pg_maintain to openprobation_app';
    exception when others then
        raise warning 'pg_maintain was not granted to openprobation_app: %', sqlerrm;
    end;
end $$;
