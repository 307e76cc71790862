-- pgTAP: the users table as the service relies on it. Run by scripts/db/test-db.sh via pg_prove.

BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(11);

SELECT has_table('users');
SELECT columns_are('users', ARRAY['id', 'email', 'name', 'created_at']);
SELECT col_is_pk('users', 'id');
SELECT col_type_is('users', 'id', 'bigint');
SELECT col_is_unique('users', 'email');
SELECT col_not_null('users', 'name');
SELECT col_type_is('users', 'created_at', 'timestamp with time zone');

INSERT INTO users (email, name) VALUES ('demo@example.com', 'Demo');
SELECT throws_ok(
    $$INSERT INTO users (email, name) VALUES ('demo@example.com', 'Other')$$,
    '23505', NULL, 'a second user with the same email is rejected'
);
SELECT throws_ok(
    $$INSERT INTO users (email, name) VALUES ('empty@example.com', '')$$,
    '23514', NULL, 'an empty name is rejected'
);
SELECT throws_ok(
    $$INSERT INTO users (email, name) VALUES ('long@example.com', repeat('x', 101))$$,
    '23514', NULL, 'a name over 100 characters is rejected'
);
SELECT isnt(
    (SELECT created_at FROM users WHERE email = 'demo@example.com'), NULL,
    'created_at is filled in by the database'
);

SELECT * FROM finish();
ROLLBACK;
