-- Rapport schema: the number of active customers, kept by triggers, so the Customers screen has its total
-- at once instead of counting a million rows on every reload (issue 9). Derived data, not audited: the
-- triggers keep it exact for every insert, delete and (un)archive; BulkLoad catches it up after a load.
CREATE TABLE customer_totals (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID
--@@
INSERT INTO customer_totals (name, n) SELECT 'active', count(*) FROM customers WHERE archived_at IS NULL
--@@
CREATE TRIGGER customers_total_insert AFTER INSERT ON customers WHEN new.archived_at IS NULL
BEGIN
    UPDATE customer_totals SET n = n + 1 WHERE name = 'active';
END
--@@
CREATE TRIGGER customers_total_delete AFTER DELETE ON customers WHEN old.archived_at IS NULL
BEGIN
    UPDATE customer_totals SET n = n - 1 WHERE name = 'active';
END
--@@
CREATE TRIGGER customers_total_archive AFTER UPDATE OF archived_at ON customers
WHEN (old.archived_at IS NULL) <> (new.archived_at IS NULL)
BEGIN
    UPDATE customer_totals SET n = n + CASE WHEN new.archived_at IS NULL THEN 1 ELSE -1 END WHERE name = 'active';
END
