-- Rapport schema v1.
-- Statements are separated by a line holding only "--@@" (triggers contain semicolons).
-- Instants are UTC text 'YYYY-MM-DDTHH:MM:SSZ'; dates 'YYYY-MM-DD'; money integer minor units + ISO 4217 code.
PRAGMA application_id = 1380995668
--@@
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID
--@@
-- Companies and people. A person may belong to a company (company_id).
-- lifetime_value, open_deals and last_contact_at are derived (kept by triggers) so the list sorts in SQL.
CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    company_id      INTEGER REFERENCES customers(id),
    job_title       TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    email2          TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    mobile          TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    street          TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    birthday        TEXT,
    source          TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    archived_at     TEXT,
    lifetime_value  INTEGER NOT NULL DEFAULT 0,
    open_deals      INTEGER NOT NULL DEFAULT 0,
    last_contact_at TEXT
)
--@@
CREATE INDEX customers_name ON customers(name COLLATE NOCASE)
--@@
CREATE INDEX customers_company ON customers(company_id) WHERE company_id IS NOT NULL
--@@
CREATE INDEX customers_email ON customers(email COLLATE NOCASE) WHERE email <> ''
--@@
CREATE INDEX customers_phone ON customers(phone) WHERE phone <> ''
--@@
CREATE INDEX customers_value ON customers(lifetime_value)
--@@
CREATE INDEX customers_open_deals ON customers(open_deals)
--@@
CREATE INDEX customers_last_contact ON customers(last_contact_at)
--@@
CREATE INDEX customers_created ON customers(created_at)
--@@
CREATE INDEX customers_archived ON customers(archived_at) WHERE archived_at IS NOT NULL
--@@
CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    color TEXT NOT NULL DEFAULT ''
)
--@@
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID
--@@
CREATE INDEX customer_tags_tag ON customer_tags(tag_id, customer_id)
--@@
-- Editable pipeline. kind 'open' stages form the board; exactly one 'won' and one 'lost' stage.
CREATE TABLE pipeline_stages (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position    INTEGER NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    kind        TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost'))
)
--@@
INSERT INTO pipeline_stages (id, name, position, probability, kind) VALUES
    (1, 'Initial contact', 1, 10, 'open'),
    (2, 'Needs analysis', 2, 25, 'open'),
    (3, 'Proposal', 3, 50, 'open'),
    (4, 'Negotiation', 4, 75, 'open'),
    (5, 'Won', 5, 100, 'won'),
    (6, 'Lost', 6, 0, 'lost')
--@@
CREATE TABLE campaigns (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    channel      TEXT NOT NULL DEFAULT 'email'
                 CHECK (channel IN ('email', 'message', 'phone', 'event', 'ads', 'other')),
    budget_minor INTEGER NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT 'USD',
    starts_on    TEXT,
    ends_on      TEXT,
    segment_id   INTEGER,
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    archived_at  TEXT
)
--@@
CREATE TABLE campaign_members (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'targeted'
                CHECK (status IN ('targeted', 'sent', 'responded', 'converted', 'opted_out')),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID
--@@
CREATE INDEX campaign_members_customer ON campaign_members(customer_id)
--@@
CREATE TABLE segments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    match_all  INTEGER NOT NULL DEFAULT 1,
    conditions TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
--@@
CREATE TABLE deals (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    contact_id       INTEGER REFERENCES customers(id),
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    amount_minor     INTEGER NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    currency         TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    stage_id         INTEGER NOT NULL REFERENCES pipeline_stages(id),
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    expected_close   TEXT,
    lost_reason      TEXT NOT NULL DEFAULT '',
    campaign_id      INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    stage_changed_at TEXT NOT NULL,
    closed_at        TEXT,
    archived_at      TEXT
)
--@@
CREATE INDEX deals_customer ON deals(customer_id, status)
--@@
CREATE INDEX deals_stage ON deals(stage_id, status)
--@@
CREATE INDEX deals_status_closed ON deals(status, closed_at)
--@@
CREATE INDEX deals_expected_close ON deals(expected_close) WHERE status = 'open'
--@@
CREATE INDEX deals_created ON deals(created_at)
--@@
CREATE INDEX deals_campaign ON deals(campaign_id) WHERE campaign_id IS NOT NULL
--@@
CREATE INDEX deals_contact ON deals(contact_id) WHERE contact_id IS NOT NULL
--@@
CREATE TABLE deal_stage_history (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES pipeline_stages(id),
    to_stage_id   INTEGER NOT NULL REFERENCES pipeline_stages(id),
    changed_at    TEXT NOT NULL
)
--@@
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, changed_at)
--@@
CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL REFERENCES customers(id),
    contact_id         INTEGER REFERENCES customers(id),
    subject            TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    description        TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'new'
                       CHECK (status IN ('new', 'open', 'pending', 'resolved', 'closed')),
    priority           TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    channel            TEXT NOT NULL DEFAULT 'email'
                       CHECK (channel IN ('email', 'phone', 'chat', 'in_person', 'web', 'other')),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    first_response_due TEXT,
    resolution_due     TEXT,
    first_response_at  TEXT,
    resolved_at        TEXT,
    closed_at          TEXT,
    resolution         TEXT NOT NULL DEFAULT '',
    satisfaction       INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    feedback           TEXT NOT NULL DEFAULT '',
    archived_at        TEXT
)
--@@
CREATE INDEX tickets_customer ON tickets(customer_id)
--@@
CREATE INDEX tickets_status ON tickets(status, priority, created_at)
--@@
CREATE INDEX tickets_created ON tickets(created_at)
--@@
CREATE INDEX tickets_resolved ON tickets(resolved_at) WHERE resolved_at IS NOT NULL
--@@
CREATE INDEX tickets_contact ON tickets(contact_id) WHERE contact_id IS NOT NULL
--@@
CREATE TABLE activities (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    deal_id          INTEGER REFERENCES deals(id),
    ticket_id        INTEGER REFERENCES tickets(id),
    kind             TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'note', 'message')),
    direction        TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('inbound', 'outbound', 'internal')),
    occurred_at      TEXT NOT NULL,
    summary          TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
)
--@@
CREATE INDEX activities_customer ON activities(customer_id, occurred_at)
--@@
CREATE INDEX activities_deal ON activities(deal_id) WHERE deal_id IS NOT NULL
--@@
CREATE INDEX activities_ticket ON activities(ticket_id) WHERE ticket_id IS NOT NULL
--@@
CREATE INDEX activities_occurred ON activities(occurred_at)
--@@
CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes       TEXT NOT NULL DEFAULT '',
    due_at      TEXT,
    done_at     TEXT,
    priority    TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
    customer_id INTEGER REFERENCES customers(id),
    deal_id     INTEGER REFERENCES deals(id),
    ticket_id   INTEGER REFERENCES tickets(id),
    origin_key  TEXT UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
)
--@@
CREATE INDEX tasks_open_due ON tasks(due_at) WHERE done_at IS NULL
--@@
CREATE INDEX tasks_done ON tasks(done_at) WHERE done_at IS NOT NULL
--@@
CREATE INDEX tasks_customer ON tasks(customer_id) WHERE customer_id IS NOT NULL
--@@
CREATE INDEX tasks_deal ON tasks(deal_id) WHERE deal_id IS NOT NULL
--@@
CREATE INDEX tasks_ticket ON tasks(ticket_id) WHERE ticket_id IS NOT NULL
--@@
-- Monthly KPI targets: metric in ('revenue', 'new_customers', 'tickets_in_sla'); month 'YYYY-MM'.
CREATE TABLE targets (
    month  TEXT NOT NULL,
    metric TEXT NOT NULL CHECK (metric IN ('revenue', 'new_customers', 'tickets_in_sla')),
    value  INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (month, metric)
) WITHOUT ROWID
--@@
-- Append-only, hash-chained history of every change. hash = SHA-256 over this row's content and prev_hash;
-- row_hash = SHA-256 of the record's full content after the change (empty for deletes).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'archive', 'unarchive', 'delete')),
    changes   TEXT NOT NULL,
    row_hash  TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
)
--@@
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id)
--@@
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END
--@@
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END
--@@
CREATE TABLE backup_log (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    verified   INTEGER NOT NULL DEFAULT 0
)
--@@
-- Derived customer figures, kept current by triggers so every write path (app, import, sqlite3 shell) agrees.
CREATE TRIGGER deals_stats_insert AFTER INSERT ON deals
BEGIN
    UPDATE customers SET
        lifetime_value = (SELECT coalesce(sum(amount_minor), 0) FROM deals WHERE customer_id = new.customer_id AND status = 'won'),
        open_deals = (SELECT count(*) FROM deals WHERE customer_id = new.customer_id AND status = 'open' AND archived_at IS NULL)
    WHERE id = new.customer_id;
END
--@@
CREATE TRIGGER deals_stats_update AFTER UPDATE OF customer_id, amount_minor, status, archived_at ON deals
BEGIN
    UPDATE customers SET
        lifetime_value = (SELECT coalesce(sum(amount_minor), 0) FROM deals WHERE customer_id = customers.id AND status = 'won'),
        open_deals = (SELECT count(*) FROM deals WHERE customer_id = customers.id AND status = 'open' AND archived_at IS NULL)
    WHERE id IN (old.customer_id, new.customer_id);
END
--@@
CREATE TRIGGER deals_stats_delete AFTER DELETE ON deals
BEGIN
    UPDATE customers SET
        lifetime_value = (SELECT coalesce(sum(amount_minor), 0) FROM deals WHERE customer_id = old.customer_id AND status = 'won'),
        open_deals = (SELECT count(*) FROM deals WHERE customer_id = old.customer_id AND status = 'open' AND archived_at IS NULL)
    WHERE id = old.customer_id;
END
--@@
CREATE TRIGGER activities_stats_insert AFTER INSERT ON activities
BEGIN
    UPDATE customers SET last_contact_at = new.occurred_at
    WHERE id = new.customer_id AND (last_contact_at IS NULL OR last_contact_at < new.occurred_at);
END
--@@
CREATE TRIGGER activities_stats_update AFTER UPDATE OF customer_id, occurred_at ON activities
BEGIN
    UPDATE customers SET
        last_contact_at = (SELECT max(occurred_at) FROM activities WHERE customer_id = customers.id)
    WHERE id IN (old.customer_id, new.customer_id);
END
--@@
CREATE TRIGGER activities_stats_delete AFTER DELETE ON activities
BEGIN
    UPDATE customers SET
        last_contact_at = (SELECT max(occurred_at) FROM activities WHERE customer_id = old.customer_id)
    WHERE id = old.customer_id;
END
--@@
-- Full-text search. customers_fts (trigram) finds any substring of 3+ characters; customers_grams holds
-- the 1- and 2-character pieces of names (and company names) so short queries (e.g. one Chinese character) use an index too.
CREATE VIRTUAL TABLE customers_fts USING fts5(name, company, email, phone, notes, tokenize = 'trigram')
--@@
CREATE VIRTUAL TABLE customers_grams USING fts5(grams, tokenize = 'unicode61 remove_diacritics 2')
--@@
-- Positions 1..64 for splitting names into pieces inside triggers (triggers cannot use WITH).
CREATE TABLE search_positions (n INTEGER PRIMARY KEY)
--@@
INSERT INTO search_positions (n)
    SELECT a.n * 8 + b.n + 1
    FROM (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
          UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) AS a,
         (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
          UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) AS b
--@@
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_fts (rowid, name, company, email, phone, notes)
    VALUES (new.id, new.name, coalesce((SELECT name FROM customers WHERE id = new.company_id), ''),
            new.email || ' ' || new.email2, new.phone || ' ' || new.mobile, new.notes);
    INSERT INTO customers_grams (rowid, grams)
    SELECT new.id, group_concat(substr(g.s, n, 1) || ' ' || substr(g.s, n, 2), ' ')
    FROM (SELECT lower(new.name || ' ' || coalesce((SELECT name FROM customers WHERE id = new.company_id), '')) AS s) AS g,
         search_positions
    WHERE n <= length(g.s);
END
--@@
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, company_id, email, email2, phone, mobile, notes ON customers
BEGIN
    UPDATE customers_fts SET
        name = new.name,
        company = coalesce((SELECT name FROM customers WHERE id = new.company_id), ''),
        email = new.email || ' ' || new.email2,
        phone = new.phone || ' ' || new.mobile,
        notes = new.notes
    WHERE rowid = new.id;
    UPDATE customers_grams SET grams = (
        SELECT group_concat(substr(g.s, n, 1) || ' ' || substr(g.s, n, 2), ' ')
        FROM (SELECT lower(c.name || ' ' || coalesce(co.name, '')) AS s
              FROM customers c LEFT JOIN customers co ON co.id = c.company_id WHERE c.id = customers_grams.rowid) AS g,
             search_positions
        WHERE n <= length(g.s))
    WHERE (old.name IS NOT new.name OR old.company_id IS NOT new.company_id)
      AND (rowid = new.id OR rowid IN (SELECT id FROM customers WHERE company_id = new.id));
    -- A renamed company renames the company column of its people.
    UPDATE customers_fts SET company = new.name
    WHERE old.name IS NOT new.name AND rowid IN (SELECT id FROM customers WHERE company_id = new.id);
END
--@@
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
BEGIN
    DELETE FROM customers_fts WHERE rowid = old.id;
    DELETE FROM customers_grams WHERE rowid = old.id;
END
--@@
CREATE VIRTUAL TABLE deals_fts USING fts5(title, content = 'deals', content_rowid = 'id', tokenize = 'trigram')
--@@
CREATE TRIGGER deals_search_insert AFTER INSERT ON deals
BEGIN
    INSERT INTO deals_fts (rowid, title) VALUES (new.id, new.title);
END
--@@
CREATE TRIGGER deals_search_update AFTER UPDATE OF title ON deals
BEGIN
    INSERT INTO deals_fts (deals_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO deals_fts (rowid, title) VALUES (new.id, new.title);
END
--@@
CREATE TRIGGER deals_search_delete AFTER DELETE ON deals
BEGIN
    INSERT INTO deals_fts (deals_fts, rowid, title) VALUES ('delete', old.id, old.title);
END
--@@
CREATE VIRTUAL TABLE tickets_fts USING fts5(subject, content = 'tickets', content_rowid = 'id', tokenize = 'trigram')
--@@
CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO tickets_fts (rowid, subject) VALUES (new.id, new.subject);
END
--@@
CREATE TRIGGER tickets_search_update AFTER UPDATE OF subject ON tickets
BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
    INSERT INTO tickets_fts (rowid, subject) VALUES (new.id, new.subject);
END
--@@
CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets
BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
END
