<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Open the database at PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this language for this run (en, zh_CN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport — a desktop CRM for small businesses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport</name>
    <message>
        <source>An activity needs a customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Rapport database (it is not an SQLite file). It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (the file is truncated). It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is in use by %2 on %3 (process %4). Close it there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is in use by another program, or its folder cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is read-only, so the change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy in another program; the change was not saved. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deal needs a customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD or CNY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket needs a customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown channel "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ActivityDialog</name>
    <message>
        <source>What was it about?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ActivityRepository</name>
    <message>
        <source>There is no activity with number %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::AppController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified backups arrive with the data-safety feature. Until then, quit Rapport and copy %1 to a safe place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring a backup arrives with the data-safety feature. To use a copy you made yourself, choose File ▸ Open Database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::ArchiveCustomersCommand</name>
    <message numerus="yes">
        <source>Archive %n customer(s)</source>
        <translation><numerusform>Archive %n customer</numerusform><numerusform>Archive %n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n customer(s)</source>
        <translation><numerusform>Restore %n customer</numerusform><numerusform>Restore %n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::CustomerForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State / province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral, website, trade fair…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, wholesale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the company from the list, or create “%1” as a company first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::CustomerHeader</name>
    <message>
        <source>Customer since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::CustomerPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the customer list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive / Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls, emails, meetings and notes you log appear here, together with deals, tickets and finished tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n deal</numerusform><numerusform>%n deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n ticket</numerusform><numerusform>%n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entry(s)</source>
        <translation><numerusform>%n timeline entry</numerusform><numerusform>%n timeline entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n task</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes %2. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n person(s) at this company will stay, without a company.</source>
        <translation><numerusform>The %n person at this company will stay, without a company.</numerusform><numerusform>The %n people at this company will stay, without a company.</numerusform></translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archiving keeps everything and can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::CustomerPicker</name>
    <message>
        <source>Type a company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::CustomerRepository</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is too long (at most 500 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an email address (expected something like name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a phone number (use digits, spaces, + - ( ) and an optional ext.).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A company cannot belong to another company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A customer cannot belong to itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name, company, email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People and companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting to CSV and vCard arrives with the import and export feature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>No matching customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customers match “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the spelling, or clear the filters to see everyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the people and companies you sell to. Everything you do with them — calls, deals, tickets — collects on their page.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Archived %n customer(s). Undo brings them back.</source>
        <translation><numerusform>Archived %n customer. Undo brings them back.</numerusform><numerusform>Archived %n customers. Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n customer(s).</source>
        <translation><numerusform>Restored %n customer.</numerusform><numerusform>Restored %n customers.</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs to be upgraded before use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read as a database: %2 It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rapport database. It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). It was not changed. Please update Rapport.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the setting '%2' is '%3' instead of '%4'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 20 office chairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the deal a short title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an amount. Type a number such as %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::DealListModel</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::DealRepository</name>
    <message>
        <source>There is no pipeline stage with number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no deal with number %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::DeleteActivityCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::DeleteCustomerCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::DeleteTaskCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::DemoGenerator</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::EditCustomerCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::FormDialog</name>
    <message>
        <source>Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a customer from the list first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::Format</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation><numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation><numerusform>in %n hour</numerusform><numerusform>in %n hours</numerusform></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initial contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::HistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State / province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::LogActivityCommand</name>
    <message>
        <source>Log %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pipeline board where you drag deals from stage to stage is on its way. Until then, each customer's page lists their deals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One inbox for every support request, sorted by how soon it is due, is on its way. Until then, tickets at risk show on Today and on each customer's page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan mailings and promotions to a group of customers and see who responded and bought. This screen is coming in a later version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales funnel, forecast, customer value and service quality as charts you can print or save as PDF. This screen is coming in a later version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File ▸ Back Up Now makes a verified copy of your data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Ticket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New T&amp;ask…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log Activity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal Data &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search Everywhere…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses. Your customers, deals and support history stay in one file on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New customer, deal, ticket, task or activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::Migrator</name>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your business or trading name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is used the next time Rapport starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, EUR or CNY.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::RecordStore</name>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::SearchPopup</name>
    <message>
        <source>Search customers, people, deals and tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name, company, email, phone, deal or ticket. ↑↓ to choose, Enter to open, Esc to close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::SearchResultsModel</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TagCustomersCommand</name>
    <message numerus="yes">
        <source>Tag %n customer(s) “%1”</source>
        <translation><numerusform>Tag %n customer “%1”</numerusform><numerusform>Tag %n customers “%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::TagDialog</name>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An existing tag or a new one</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tag %n selected customer(s) with:</source>
        <translation><numerusform>Tag %n selected customer with:</numerusform><numerusform>Tag %n selected customers with:</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::TaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Send the quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the task a short title.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TaskDoneCommand</name>
    <message>
        <source>Complete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no task with number %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TaskTableModel</name>
    <message>
        <source>Done %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TasksScreen</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n task</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every follow-up is on time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enjoy the quiet, or plan ahead with “Add Task”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick a task when it is done and it moves here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks are follow-ups and reminders: call back, send the quote, check in after delivery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as Not Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Task</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Delivery arrived damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, in the customer's words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TicketListModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TicketRepository</name>
    <message>
        <source>There is no ticket with number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New deal “%1” in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal “%1” moved to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::TodayScreen</name>
    <message>
        <source>Tasks due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing overdue or due today. Nice work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No birthdays in the next seven days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals past their close date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every open deal is still within its expected close date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ticket is close to missing its promised resolution time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all %1 in Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message>
        <source>late, was due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n overdue task(s)</source>
        <translation><numerusform>%n overdue task</numerusform><numerusform>%n overdue tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) past their SLA</source>
        <translation><numerusform>%n ticket past their SLA</numerusform><numerusform>%n tickets past their SLA</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) past their close date</source>
        <translation><numerusform>%n deal past their close date</numerusform><numerusform>%n deals past their close date</numerusform></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rapport::WelcomeWindow</name>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try with Sample Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep every customer, deal and support request in one place: a single file on this computer that only you control. It works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Harbour Street Bakery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data will be kept in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fills Rapport with made-up customers, deals and tickets so you can look around.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating sample customers, deals and tickets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, EUR or CNY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample data was not added. You can start empty or try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>