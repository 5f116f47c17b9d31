-- Rapport schema v3: each customer's value tier, stored so the customer list, the customer page and
-- segments can show and filter by it without classifying every customer per query. It is derived data:
-- ValueTiers::refreshStored rebuilds it in one statement (on open, daily, and after won deals change);
-- derived_state (name 'value_tiers') holds the local date it was computed for.
CREATE TABLE customer_value_tiers (
    customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    tier        TEXT NOT NULL CHECK (tier IN ('important', 'major', 'general', 'at_risk'))
)
--@@
CREATE INDEX customer_value_tiers_tier ON customer_value_tiers(tier)
--@@
-- Bookkeeping of derived tables (not audited: they are rebuilt from audited data).
CREATE TABLE derived_state (
    name  TEXT PRIMARY KEY,
    as_of TEXT NOT NULL
) WITHOUT ROWID
