-- Rapport schema: the pipeline board at a million customers (issue 9). Each column's cards come in board
-- order (expected close, undated last, then id) straight from an index instead of sorting the whole
-- column for every page; the column counts and totals read a covering index instead of every open deal.
-- Queries name the partial condition literally (status = 'open' AND archived_at IS NULL) to use them.
CREATE INDEX deals_board_order ON deals(stage_id, coalesce(expected_close, '9999-12-31'), id)
    WHERE status = 'open' AND archived_at IS NULL
--@@
CREATE INDEX deals_board_totals ON deals(stage_id, currency, amount_minor)
    WHERE status = 'open' AND archived_at IS NULL
