// name: ping
// Returns 1: checks the connection.
RETURN 1 AS ok
