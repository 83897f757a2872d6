-- Repeated failed sign-ins lock an account for a while (a brute-force run is slowed, then stopped).
ALTER TABLE users ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until timestamptz;
