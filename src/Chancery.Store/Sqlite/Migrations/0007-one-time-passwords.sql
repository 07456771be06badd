-- A generated password (the first admin's, `chancery user add`'s) is good for one sign-in: its user then chooses their own.
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
