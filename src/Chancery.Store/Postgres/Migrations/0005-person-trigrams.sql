-- People are found by any part of a word of their name or aliases (ILIKE '%kao%'), which read all 200,000 people of a
-- large store (116 ms a search). Trigram indexes answer it from the index. pg_trgm ships with PostgreSQL and is a
-- trusted extension, so the database's owner may install it; it goes into public, once for every schema of the database.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX person_name_trigrams ON person USING gin (name public.gin_trgm_ops);
CREATE INDEX person_aliases_trigrams ON person USING gin (aliases public.gin_trgm_ops);
