-- Verify python_service:users on sqlite

SELECT id, email, name, created_at
FROM users
WHERE 0;
