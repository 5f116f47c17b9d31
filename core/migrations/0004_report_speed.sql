-- Rapport schema v4: what the reports need, kept where one indexed range scan finds it, so a report costs
-- an index scan over its period instead of a join per deal (issue 6: under 300 ms at 100,000 customers).
-- All of it is derived from the stage history by triggers; nothing here is entered by the owner.
--
-- deals.stage_path: the stages a deal has entered, "stage_id:order" joined by commas, order = 1 for the
-- first stage entered, 2 for the next, ... (by first entry time; stages first entered at the same instant
-- share an order). The sales funnel groups deals by it instead of reading their history.
ALTER TABLE deals ADD COLUMN stage_path TEXT NOT NULL DEFAULT ''
--@@
-- deal_stage_history.left_at: when the deal left the stage of this entry (the next entry's time), for the
-- days spent in each stage. deal_closed_at: the deal's closed_at while it is won or lost, so the stage
-- durations of deals closed in a period are one range scan.
ALTER TABLE deal_stage_history ADD COLUMN left_at TEXT
--@@
ALTER TABLE deal_stage_history ADD COLUMN deal_closed_at TEXT
--@@
CREATE TRIGGER deal_stage_history_derive_insert AFTER INSERT ON deal_stage_history
BEGIN
    UPDATE deal_stage_history SET
        left_at = (SELECT n.changed_at FROM deal_stage_history n
                   WHERE n.deal_id = deal_stage_history.deal_id
                     AND (n.changed_at > deal_stage_history.changed_at
                          OR (n.changed_at = deal_stage_history.changed_at AND n.id > deal_stage_history.id))
                   ORDER BY n.changed_at, n.id LIMIT 1),
        deal_closed_at = (SELECT CASE WHEN d.status IN ('won', 'lost') THEN d.closed_at END FROM deals d
                          WHERE d.id = deal_stage_history.deal_id)
    WHERE deal_id = new.deal_id;
    UPDATE deals SET stage_path = coalesce((
        SELECT group_concat(to_stage_id || ':' || place, ',') FROM (
            SELECT to_stage_id, dense_rank() OVER (ORDER BY first_at) AS place FROM (
                SELECT to_stage_id, min(changed_at) AS first_at FROM deal_stage_history
                WHERE deal_id = new.deal_id GROUP BY to_stage_id)
            ORDER BY place, to_stage_id)), '')
    WHERE id = new.deal_id;
END
--@@
CREATE TRIGGER deal_stage_history_derive_delete AFTER DELETE ON deal_stage_history
BEGIN
    UPDATE deal_stage_history SET
        left_at = (SELECT n.changed_at FROM deal_stage_history n
                   WHERE n.deal_id = deal_stage_history.deal_id
                     AND (n.changed_at > deal_stage_history.changed_at
                          OR (n.changed_at = deal_stage_history.changed_at AND n.id > deal_stage_history.id))
                   ORDER BY n.changed_at, n.id LIMIT 1)
    WHERE deal_id = old.deal_id;
    UPDATE deals SET stage_path = coalesce((
        SELECT group_concat(to_stage_id || ':' || place, ',') FROM (
            SELECT to_stage_id, dense_rank() OVER (ORDER BY first_at) AS place FROM (
                SELECT to_stage_id, min(changed_at) AS first_at FROM deal_stage_history
                WHERE deal_id = old.deal_id GROUP BY to_stage_id)
            ORDER BY place, to_stage_id)), '')
    WHERE id = old.deal_id;
END
--@@
CREATE TRIGGER deals_closed_history AFTER UPDATE OF status, closed_at ON deals
BEGIN
    UPDATE deal_stage_history SET deal_closed_at = CASE WHEN new.status IN ('won', 'lost') THEN new.closed_at END
    WHERE deal_id = new.id;
END
--@@
-- Existing data: the same values the triggers keep.
UPDATE deal_stage_history SET
    left_at = (SELECT n.changed_at FROM deal_stage_history n
               WHERE n.deal_id = deal_stage_history.deal_id
                 AND (n.changed_at > deal_stage_history.changed_at
                      OR (n.changed_at = deal_stage_history.changed_at AND n.id > deal_stage_history.id))
               ORDER BY n.changed_at, n.id LIMIT 1),
    deal_closed_at = (SELECT CASE WHEN d.status IN ('won', 'lost') THEN d.closed_at END FROM deals d
                      WHERE d.id = deal_stage_history.deal_id)
--@@
UPDATE deals SET stage_path = coalesce((
    SELECT group_concat(to_stage_id || ':' || place, ',') FROM (
        SELECT to_stage_id, dense_rank() OVER (ORDER BY first_at) AS place FROM (
            SELECT to_stage_id, min(changed_at) AS first_at FROM deal_stage_history
            WHERE deal_id = deals.id GROUP BY to_stage_id)
        ORDER BY place, to_stage_id)), '')
--@@
-- Covering indexes: each report reads only an index, over its period. The report queries name some of them
-- (INDEXED BY) where SQLite would otherwise pick a narrower index and sort.
-- Funnel: deals grouped by the stages they went through, filtered by creation time.
CREATE INDEX deals_funnel ON deals(stage_path, stage_id, created_at, status, currency, amount_minor)
--@@
-- Win rate, KPIs: deals closed in the period (supersedes deals_status_closed, same leading columns).
DROP INDEX deals_status_closed
--@@
CREATE INDEX deals_status_closed ON deals(status, closed_at, currency, amount_minor, created_at)
--@@
-- Forecast: open deals by expected close date.
-- (status and archived_at are listed so SQLite treats the index as covering.)
CREATE INDEX deals_open_forecast ON deals(expected_close, stage_id, currency, amount_minor, status, archived_at)
    WHERE status = 'open' AND archived_at IS NULL
--@@
-- Retention and value tiers: each customer's purchases, grouped by customer without sorting.
CREATE INDEX deals_won_by_customer ON deals(customer_id, closed_at, currency, amount_minor) WHERE status = 'won'
--@@
-- Top lost reasons, grouped by reason without sorting.
CREATE INDEX deals_lost_reason ON deals(lost_reason, closed_at, currency, amount_minor) WHERE status = 'lost'
--@@
-- Days in each stage for deals closed in the period: one range per stage.
CREATE INDEX deal_stage_history_closed ON deal_stage_history(to_stage_id, deal_closed_at, changed_at, left_at)
    WHERE deal_closed_at IS NOT NULL AND left_at IS NOT NULL
--@@
-- Service report: most tickets per customer, and the value tiers' complaint and satisfaction checks.
CREATE INDEX tickets_customer_created ON tickets(customer_id, created_at, satisfaction)
--@@
-- Service report: SLA compliance of tickets opened in the period.
CREATE INDEX tickets_created_sla ON tickets(created_at, priority, first_response_due, first_response_at,
                                            resolution_due, resolved_at)
--@@
-- KPIs "tickets within SLA" and the service report's satisfaction: tickets resolved in the period.
CREATE INDEX tickets_resolved_sla ON tickets(resolved_at, resolution_due, satisfaction) WHERE resolved_at IS NOT NULL
--@@
-- KPI "new customers": companies and customers on their own, by creation time.
CREATE INDEX customers_new ON customers(created_at) WHERE kind = 'company' OR company_id IS NULL
