-- TAP for SQLite: the users table as the service relies on it. Plain SQL printing
-- "ok"/"not ok" lines, run by scripts/db/test-db.sh through `prove` (see db/README.md).

.headers off
.mode list
BEGIN;

SELECT '1..8';

SELECT iif(count(*) = 1, 'ok', 'not ok') || ' 1 - users table exists'
FROM sqlite_schema WHERE type = 'table' AND name = 'users';

SELECT iif(group_concat(name, ',') = 'id,email,name,created_at', 'ok', 'not ok')
    || ' 2 - users has columns id, email, name, created_at'
FROM (SELECT name FROM pragma_table_info('users') ORDER BY cid);

SELECT iif(count(*) = 1, 'ok', 'not ok') || ' 3 - id is the integer primary key'
FROM pragma_table_info('users') WHERE name = 'id' AND pk = 1 AND type = 'INTEGER';

SELECT iif(count(*) = 1, 'ok', 'not ok') || ' 4 - email has a unique index'
FROM pragma_index_list('users') AS list, pragma_index_info(list.name) AS info
WHERE list."unique" = 1 AND info.name = 'email';

INSERT INTO users (email, name) VALUES ('demo@example.com', 'Demo');
INSERT OR IGNORE INTO users (email, name) VALUES ('demo@example.com', 'Other');
SELECT iif(count(*) = 1, 'ok', 'not ok') || ' 5 - a second user with the same email is rejected'
FROM users WHERE email = 'demo@example.com';

INSERT OR IGNORE INTO users (email, name) VALUES ('empty@example.com', '');
SELECT iif(count(*) = 0, 'ok', 'not ok') || ' 6 - an empty name is rejected'
FROM users WHERE email = 'empty@example.com';

INSERT OR IGNORE INTO users (email, name) VALUES ('long@example.com', printf('%.101c', 'x'));
SELECT iif(count(*) = 0, 'ok', 'not ok') || ' 7 - a name over 100 characters is rejected'
FROM users WHERE email = 'long@example.com';

SELECT iif(created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z', 'ok', 'not ok')
    || ' 8 - created_at is filled in as ISO 8601 UTC'
FROM users WHERE email = 'demo@example.com';

ROLLBACK;
