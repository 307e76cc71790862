-- Revert python_service:users from pg

BEGIN;

DROP TABLE users;

COMMIT;
