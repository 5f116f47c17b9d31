-- Rapport schema: sorting the customer list by email or phone at a million customers (issue 9). The
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
