-- The SQLite store's schema as partnerctl 0.1 made it (migration v1), for upgrade tests.
CREATE TABLE accounts (
    tenant_id TEXT PRIMARY KEY,
    cloud TEXT NOT NULL,
    domain TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE profile_fields (
    tenant_id TEXT NOT NULL REFERENCES accounts(tenant_id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (tenant_id, path)
) WITHOUT ROWID;
CREATE TABLE users (
    tenant_id TEXT NOT NULL REFERENCES accounts(tenant_id) ON DELETE CASCADE,
    user_key TEXT NOT NULL,
    user_principal_name TEXT NOT NULL,
    display_name TEXT,
    first_name TEXT,
    last_name TEXT,
    usage_location TEXT,
    enabled INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, user_key)
) WITHOUT ROWID;
CREATE TABLE user_roles (
    tenant_id TEXT NOT NULL,
    user_key TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_key, role),
    FOREIGN KEY (tenant_id, user_key) REFERENCES users(tenant_id, user_key) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE offers (
    tenant_id TEXT NOT NULL REFERENCES accounts(tenant_id) ON DELETE CASCADE,
    offer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, offer_id)
) WITHOUT ROWID;
CREATE TABLE locks (
    tenant_id TEXT PRIMARY KEY,
    lock_id TEXT NOT NULL UNIQUE,
    holder_user TEXT NOT NULL,
    holder_host TEXT NOT NULL,
    holder_pid INTEGER NOT NULL,
    command TEXT NOT NULL,
    acquired_at REAL NOT NULL
);
CREATE TABLE applies (
    apply_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    holder_user TEXT NOT NULL,
    holder_host TEXT NOT NULL,
    holder_pid INTEGER NOT NULL,
    command TEXT NOT NULL,
    started_at REAL NOT NULL,
    finished_at REAL,
    status TEXT NOT NULL,
    step_count INTEGER NOT NULL
);
CREATE INDEX applies_by_tenant ON applies(tenant_id, started_at);
CREATE TABLE journal (
    apply_id TEXT NOT NULL REFERENCES applies(apply_id),
    step_index INTEGER NOT NULL,
    step TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    recorded_at REAL NOT NULL,
    PRIMARY KEY (apply_id, step_index)
) WITHOUT ROWID;
CREATE TRIGGER profile_fields_insert_bumps_version AFTER INSERT ON profile_fields
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER profile_fields_update_bumps_version AFTER UPDATE ON profile_fields
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER profile_fields_delete_bumps_version AFTER DELETE ON profile_fields
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = OLD.tenant_id;
END;
CREATE TRIGGER users_insert_bumps_version AFTER INSERT ON users
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER users_update_bumps_version AFTER UPDATE ON users
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER users_delete_bumps_version AFTER DELETE ON users
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = OLD.tenant_id;
END;
CREATE TRIGGER user_roles_insert_bumps_version AFTER INSERT ON user_roles
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER user_roles_update_bumps_version AFTER UPDATE ON user_roles
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER user_roles_delete_bumps_version AFTER DELETE ON user_roles
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = OLD.tenant_id;
END;
CREATE TRIGGER offers_insert_bumps_version AFTER INSERT ON offers
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER offers_update_bumps_version AFTER UPDATE ON offers
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER offers_delete_bumps_version AFTER DELETE ON offers
BEGIN
    UPDATE accounts SET version = version + 1 WHERE tenant_id = OLD.tenant_id;
END;
