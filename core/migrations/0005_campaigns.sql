-- Rapport schema v5: campaigns, segments and customer care.
-- A customer who opted out of any campaign is never targeted again; audiences look them up here.
CREATE INDEX campaign_members_opted_out ON campaign_members(customer_id) WHERE status = 'opted_out'
--@@
CREATE INDEX campaign_members_status ON campaign_members(campaign_id, status)
--@@
-- What each customer-care rule has created, keyed by what it was for (e.g. 'care:won_followup:deal:42'),
-- so a rule never creates the same task twice, even after the owner deleted or finished it.
CREATE TABLE care_log (
    origin_key TEXT PRIMARY KEY,
    rule       TEXT NOT NULL,
    task_id    INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID
--@@
CREATE INDEX care_log_rule ON care_log(rule, created_at)
--@@
-- Segments ask "last purchase before/after a day" and "never bought" of every customer: 0004's covering
-- index of won deals by customer (deals_won_by_customer) answers them without reading the deals table.
-- "Lifetime value between" counts active customers in a value range from the index alone.
CREATE INDEX customers_active_value ON customers(lifetime_value) WHERE archived_at IS NULL
