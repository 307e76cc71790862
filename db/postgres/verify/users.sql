-- Verify python_service:users on pg

BEGIN;

SELECT id, email, name, created_at
FROM users
WHERE false;

ROLLBACK;
