-- Rapport schema v2: pipeline stages the owner removed stay as rows (stage history and reports still name
-- them) but leave the board. A removed stage holds no deals: they are moved, with history, before it goes.
ALTER TABLE pipeline_stages ADD COLUMN removed_at TEXT
--@@
CREATE INDEX deals_board ON deals(stage_id, expected_close) WHERE status = 'open' AND archived_at IS NULL
