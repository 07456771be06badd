-- A state's capital city, so that "the Malaysian capital" can be read as Kuala Lumpur.
ALTER TABLE actor ADD COLUMN capital TEXT;
