-- Rapport schema: lists at a million customers (issue 9). Sorting the customer list by email or phone: the
-- indexes of 0001 left out customers without an email or phone, so a sort by either had to sort every
-- customer (3.5 s at 1,000,000); whole-column indexes serve the sort (first page, jump to the end) and the
-- duplicate lookups the partial ones served.
DROP INDEX customers_email
--@@
CREATE INDEX customers_email ON customers(email COLLATE NOCASE)
--@@
DROP INDEX customers_phone
--@@
CREATE INDEX customers_phone ON customers(phone)
--@@
-- Today's late tickets and the status bar's count: the open tickets by resolution time, instead of every
-- ticket of an open status looked up one by one (0.6-0.8 s at a million tickets, at every change).
CREATE INDEX tickets_open_due ON tickets(resolution_due) WHERE status IN ('new', 'open', 'pending') AND archived_at IS NULL
