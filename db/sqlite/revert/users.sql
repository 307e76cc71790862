-- Revert python_service:users from sqlite

BEGIN;

DROP TABLE users;

COMMIT;
