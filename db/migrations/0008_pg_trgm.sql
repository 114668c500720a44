-- Custom SQL migration file, put your code below! --
-- The trigram operator class of the plate search's index (0009). drizzle-kit does not manage
-- extensions, so it is created here; pg_trgm is trusted, a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
