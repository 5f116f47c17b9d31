<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Open the database at PATH.</translation>
    </message>
    <message>
        <source>Use this language for this run (en, zh_CN).</source>
        <translation>Use this language for this run (en, zh_CN).</translation>
    </message>
    <message>
        <source>Rapport — a desktop CRM for small businesses</source>
        <translation>Rapport — a desktop CRM for small businesses</translation>
    </message>
</context>
<context>
    <name>rapport::AboutDialog</name>
    <message>
        <source>About Rapport</source>
        <translation>About Rapport</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A desktop CRM for small businesses. Your customers, deals and support history stay in one file on this computer.</source>
        <translation>A desktop CRM for small businesses. Your customers, deals and support history stay in one file on this computer.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt;.</source>
        <translation>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copy Details</translation>
    </message>
    <message>
        <source>Copy the version and database details, for example for a problem report</source>
        <translation>Copy the version and database details, for example for a problem report</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityDialog</name>
    <message>
        <source>What was it about?</source>
        <translation>What was it about?</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Log Call</translation>
    </message>
    <message>
        <source>Log Email</source>
        <translation>Log Email</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>Log Meeting</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Add Note</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityRepository</name>
    <message>
        <source>There is no activity with number %1.</source>
        <translation>There is no activity with number %1.</translation>
    </message>
    <message>
        <source>An activity needs a customer.</source>
        <translation>An activity needs a customer.</translation>
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation>Write a short summary of what happened.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>The duration cannot be negative.</translation>
    </message>
</context>
<context>
    <name>rapport::AppController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Rapport.sqlite</source>
        <translation>Rapport.sqlite</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite)</source>
        <translation>Rapport databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Rapport databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Making a verified copy of your data…</source>
        <translation>Making a verified copy of your data…</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>The backup could not be made.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Your Data Needs Attention</source>
        <translation>Your Data Needs Attention</translation>
    </message>
    <message>
        <source>Rapport found damage in %1.</source>
        <translation>Rapport found damage in %1.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Making the daily backup before closing…</source>
        <translation>Making the daily backup before closing…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite)</source>
        <translation>Rapport backups (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?</source>
        <translation>Replace the data in %1 with the backup %2?</translation>
    </message>
    <message>
        <source>Rapport checks the backup first. Your current file is kept beside it under another name, so nothing is lost.</source>
        <translation>Rapport checks the backup first. Your current file is kept beside it under another name, so nothing is lost.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>The backup was not restored.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>The previous file was kept as %1.</translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation>Restore Newest Backup</translation>
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
    <name>rapport::ArchiveDealCommand</name>
    <message>
        <source>Archive “%1”</source>
        <translation>Archive “%1”</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Restore “%1”</translation>
    </message>
</context>
<context>
    <name>rapport::AudienceExport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>rapport::BackupService</name>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 failed its integrity check: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Cannot write %1 to the disk.</translation>
    </message>
    <message>
        <source>The backup copy did not verify, so it was discarded: %1</source>
        <translation>The backup copy did not verify, so it was discarded: %1</translation>
    </message>
    <message>
        <source>Cannot rename the backup to %1.</source>
        <translation>Cannot rename the backup to %1.</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>Edit campaign</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>New segment…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation>Runs from:</translation>
    </message>
    <message>
        <source>Target segment:</source>
        <translation>Target segment:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>No segment (add customers later)</source>
        <translation>No segment (add customers later)</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" is not an amount.</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignPage</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Build audience</source>
        <translation>Build audience</translation>
    </message>
    <message>
        <source>Add the customers the target segment matches now. Customers who opted out are left out.</source>
        <translation>Add the customers the target segment matches now. Customers who opted out are left out.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the audience for a mail-merge or SMS tool (opted-out customers are left out).</source>
        <translation>Save the audience for a mail-merge or SMS tool (opted-out customers are left out).</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Email…</translation>
    </message>
    <message>
        <source>Open the audience in your mail app as BCC, in batches it accepts.</source>
        <translation>Open the audience in your mail app as BCC, in batches it accepts.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Won revenue</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Cost per conversion</translation>
    </message>
    <message>
        <source>Return on budget</source>
        <translation>Return on budget</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>Mark selected as:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>No target segment</source>
        <translation>No target segment</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) attributed to this campaign</source>
        <translation><numerusform>%n won deal attributed to this campaign</numerusform><numerusform>%n won deals attributed to this campaign</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more in other currencies (not added)</source>
        <translation><numerusform>%n more in other currencies (not added)</numerusform><numerusform>%n more in other currencies (not added)</numerusform></translation>
    </message>
    <message>
        <source>(Won revenue − budget) ÷ budget</source>
        <translation>(Won revenue − budget) ÷ budget</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Select the members to mark first (Ctrl+A selects them all).</source>
        <translation>Select the members to mark first (Ctrl+A selects them all).</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n member(s) as %1.</source>
        <translation><numerusform>Marked %n member as %1.</numerusform><numerusform>Marked %n members as %1.</numerusform></translation>
    </message>
    <message>
        <source>Choose a target segment for the campaign first (Edit…).</source>
        <translation>Choose a target segment for the campaign first (Edit…).</translation>
    </message>
    <message numerus="yes">
        <source>Added %n customer(s) to the audience.</source>
        <translation><numerusform>Added %n customer to the audience.</numerusform><numerusform>Added %n customers to the audience.</numerusform></translation>
    </message>
    <message>
        <source>Export audience</source>
        <translation>Export audience</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation><numerusform>Exported %n customer to %1.</numerusform><numerusform>Exported %n customers to %1.</numerusform></translation>
    </message>
    <message>
        <source>Nobody in the audience has an email address (or everyone opted out).</source>
        <translation>Nobody in the audience has an email address (or everyone opted out).</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <source>Delete "%1" and its audience? Attributed deals stay, without the campaign. Archive it instead to keep its results.</source>
        <translation>Delete "%1" and its audience? Attributed deals stay, without the campaign. Archive it instead to keep its results.</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD or CNY.</source>
        <translation>The currency must be a three-letter code such as USD or CNY.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>The campaign ends before it starts.</translation>
    </message>
    <message>
        <source>There is no campaign with number %1.</source>
        <translation>There is no campaign with number %1.</translation>
    </message>
    <message>
        <source>Choose a segment for the campaign first.</source>
        <translation>Choose a segment for the campaign first.</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignText</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS / message</source>
        <translation>SMS / message</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Ads</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignsScreen</name>
    <message>
        <source>Double-click a segment to edit it.</source>
        <translation>Double-click a segment to edit it.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>Manage tags…</source>
        <translation>Manage tags…</translation>
    </message>
    <message>
        <source>Customer care…</source>
        <translation>Customer care…</translation>
    </message>
    <message>
        <source>Birthday and anniversary reminders, and rules that create follow-up tasks.</source>
        <translation>Birthday and anniversary reminders, and rules that create follow-up tasks.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>No campaigns yet</translation>
    </message>
    <message>
        <source>Pick a group of customers with a segment, prepare a mailing or a promotion for them, and see who responded and what it earned.</source>
        <translation>Pick a group of customers with a segment, prepare a mailing or a promotion for them, and see who responded and what it earned.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Delete the segment "%1"? Campaigns built from it keep their audience.</source>
        <translation>Delete the segment "%1"? Campaigns built from it keep their audience.</translation>
    </message>
</context>
<context>
    <name>rapport::CareDialog</name>
    <message>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries on Today:</source>
        <translation>Birthdays and anniversaries on Today:</translation>
    </message>
    <message>
        <source>Rules that create tasks</source>
        <translation>Rules that create tasks</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save and run now</source>
        <translation>Save and run now</translation>
    </message>
    <message>
        <source>What the rules created (a task is never created twice):</source>
        <translation>What the rules created (a task is never created twice):</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <source>Customer care added %n task(s).</source>
        <translation><numerusform>Customer care added %n task.</numerusform><numerusform>Customer care added %n tasks.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::CareRules</name>
    <message>
        <source>Follow up with %1 after “%2”</source>
        <translation>Follow up with %1 after “%2”</translation>
    </message>
    <message>
        <source>Check in with %1</source>
        <translation>Check in with %1</translation>
    </message>
    <message>
        <source>Call %1: at risk of leaving</source>
        <translation>Call %1: at risk of leaving</translation>
    </message>
    <message>
        <source>Ask %1 for feedback on “%2”</source>
        <translation>Ask %1 for feedback on “%2”</translation>
    </message>
    <message>
        <source>Follow up after a won deal</source>
        <translation>Follow up after a won deal</translation>
    </message>
    <message>
        <source>Check in with Important customers</source>
        <translation>Check in with Important customers</translation>
    </message>
    <message>
        <source>Call At-risk customers</source>
        <translation>Call At-risk customers</translation>
    </message>
    <message>
        <source>Ask for feedback after a ticket</source>
        <translation>Ask for feedback after a ticket</translation>
    </message>
    <message>
        <source>A task %1 days after each won deal.</source>
        <translation>A task %1 days after each won deal.</translation>
    </message>
    <message>
        <source>A task when an Important customer has not been contacted for %1 days.</source>
        <translation>A task when an Important customer has not been contacted for %1 days.</translation>
    </message>
    <message>
        <source>A call task when an At-risk customer has not been contacted for %1 days.</source>
        <translation>A call task when an At-risk customer has not been contacted for %1 days.</translation>
    </message>
    <message>
        <source>A task %1 days after a ticket is resolved without a rating.</source>
        <translation>A task %1 days after a ticket is resolved without a rating.</translation>
    </message>
</context>
<context>
    <name>rapport::CareScheduler</name>
    <message>
        <source>The customer-care rules could not run: %1</source>
        <translation>The customer-care rules could not run: %1</translation>
    </message>
    <message numerus="yes">
        <source>Customer care added %n task(s).</source>
        <translation><numerusform>Customer care added %n task.</numerusform><numerusform>Customer care added %n tasks.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ChainVerifier</name>
    <message>
        <source>entry %1 is missing: the log goes from entry %2 to entry %3</source>
        <translation>entry %1 is missing: the log goes from entry %2 to entry %3</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing: the log goes from entry %3 to entry %4</source>
        <translation>entries %1 to %2 are missing: the log goes from entry %3 to entry %4</translation>
    </message>
    <message>
        <source>entry 1 does not start the log: it links to an earlier entry that is not there</source>
        <translation>entry 1 does not start the log: it links to an earlier entry that is not there</translation>
    </message>
    <message>
        <source>entry %1 does not link to entry %2: entry %2 was changed or replaced</source>
        <translation>entry %1 does not link to entry %2: entry %2 was changed or replaced</translation>
    </message>
    <message>
        <source>entry %1 was edited: its content does not match its hash</source>
        <translation>entry %1 was edited: its content does not match its hash</translation>
    </message>
</context>
<context>
    <name>rapport::ColumnMapping</name>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Second email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>State or province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
</context>
<context>
    <name>rapport::ConditionRow</name>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>rapport::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>The file is not open for reading.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns, but the first row has %3.</source>
        <translation>Row %1 has %2 columns, but the first row has %3.</translation>
    </message>
    <message>
        <source>Row %1 contains bytes that are not valid %2; they were replaced. If text looks garbled, choose the file's encoding by hand.</source>
        <translation>Row %1 contains bytes that are not valid %2; they were replaced. If text looks garbled, choose the file's encoding by hand.</translation>
    </message>
    <message>
        <source>Row %1: the quoted field that starts on line %2 has no closing quote, so the rest of the file cannot be read. Check that the quote characters (") in that row come in pairs.</source>
        <translation>Row %1: the quoted field that starts on line %2 has no closing quote, so the rest of the file cannot be read. Check that the quote characters (") in that row come in pairs.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has a field longer than %3 characters. The file may be damaged, or a closing quote (") may be missing near line %2.</source>
        <translation>Row %1 (line %2) has a field longer than %3 characters. The file may be damaged, or a closing quote (") may be missing near line %2.</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerDraft</name>
    <message>
        <source>No name: fill in a name, a first or last name, or a company.</source>
        <translation>No name: fill in a name, a first or last name, or a company.</translation>
    </message>
    <message>
        <source>"%1" is not an email address (expected something like name@example.com).</source>
        <translation>"%1" is not an email address (expected something like name@example.com).</translation>
    </message>
    <message>
        <source>"%1" is not a birthday Rapport can read (for example 1985-04-12).</source>
        <translation>"%1" is not a birthday Rapport can read (for example 1985-04-12).</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+1 555 0100</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>State / province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Birthday:</translation>
    </message>
    <message>
        <source>Referral, website, trade fair…</source>
        <translation>Referral, website, trade fair…</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, wholesale</source>
        <translation>Comma-separated, e.g. VIP, wholesale</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>Other email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Pick the company from the list, or create “%1” as a company first.</source>
        <translation>Pick the company from the list, or create “%1” as a company first.</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerHeader</name>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Lifetime value</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>Archived %1</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>Birthday %1</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>MMMM d</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The rows with problems could not be saved to %1: %2</source>
        <translation>The rows with problems could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerMerger</name>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>A customer cannot be merged into itself.</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists.</source>
        <translation>One of the two customers no longer exists.</translation>
    </message>
    <message>
        <source>A person and a company cannot be merged.</source>
        <translation>A person and a company cannot be merged.</translation>
    </message>
    <message>
        <source>The merged customer's number is in use again.</source>
        <translation>The merged customer's number is in use again.</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Back to the customer list</source>
        <translation>Back to the customer list</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Archive / Restore</source>
        <translation>Archive / Restore</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Restore from archive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Nothing here yet</translation>
    </message>
    <message>
        <source>Calls, emails, meetings and notes you log appear here, together with deals, tickets and finished tasks.</source>
        <translation>Calls, emails, meetings and notes you log appear here, together with deals, tickets and finished tasks.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Log Call</translation>
    </message>
    <message>
        <source>Log Email</source>
        <translation>Log Email</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>Log Meeting</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Add Note</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Add Task</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>New Deal</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>New Ticket</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Edit Customer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Deleting “%1” also deletes %2. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Delete “%1”? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>The %n person(s) at this company will stay, without a company.</source>
        <translation><numerusform>The %n person at this company will stay, without a company.</numerusform><numerusform>The %n people at this company will stay, without a company.</numerusform></translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Delete Customer</translation>
    </message>
    <message>
        <source>Archiving keeps everything and can be undone.</source>
        <translation>Archiving keeps everything and can be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Delete Entry</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPicker</name>
    <message>
        <source>Type a company name</source>
        <translation>Type a company name</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerRepository</name>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>The name is too long (at most 500 characters).</source>
        <translation>The name is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>"%1" is not an email address (expected something like name@example.com).</source>
        <translation>"%1" is not an email address (expected something like name@example.com).</translation>
    </message>
    <message>
        <source>"%1" is not a phone number (use digits, spaces, + - ( ) and an optional ext.).</source>
        <translation>"%1" is not a phone number (use digits, spaces, + - ( ) and an optional ext.).</translation>
    </message>
    <message>
        <source>A company cannot belong to another company.</source>
        <translation>A company cannot belong to another company.</translation>
    </message>
    <message>
        <source>A customer cannot belong to itself.</source>
        <translation>A customer cannot belong to itself.</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>There is no customer with number %1.</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no data.</source>
        <translation>%1 is empty: there is no header row and no data.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>rapport::CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <source>Filter by name, company, email or phone</source>
        <translation>Filter by name, company, email or phone</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>People and companies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Exporting to CSV and vCard arrives with the import and export feature.</source>
        <translation>Exporting to CSV and vCard arrives with the import and export feature.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>No matching customers</source>
        <translation>No matching customers</translation>
    </message>
    <message>
        <source>No customers match “%1”</source>
        <translation>No customers match “%1”</translation>
    </message>
    <message>
        <source>Check the spelling, or clear the filters to see everyone.</source>
        <translation>Check the spelling, or clear the filters to see everyone.</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>Add the people and companies you sell to. Everything you do with them — calls, deals, tickets — collects on their page.</source>
        <translation>Add the people and companies you sell to. Everything you do with them — calls, deals, tickets — collects on their page.</translation>
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
        <translation>Open</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Export Selection…</translation>
    </message>
    <message>
        <source>Show only the customers of a saved segment (Campaigns screen).</source>
        <translation>Show only the customers of a saved segment (Campaigns screen).</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <source>Value tiers come from won deals of the last 24 months; see Reports › Customer value tiers.</source>
        <translation>Value tiers come from won deals of the last 24 months; see Reports › Customer value tiers.</translation>
    </message>
    <message>
        <source>Segments hold active customers only.</source>
        <translation>Segments hold active customers only.</translation>
    </message>
</context>
<context>
    <name>rapport::DataActions</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation><numerusform>Exported %n record to %1.</numerusform><numerusform>Exported %n records to %1.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Customers as CSV (Excel)…</source>
        <translation>Customers as CSV (Excel)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Customers as vCard (Contacts)…</source>
        <translation>Customers as vCard (Contacts)…</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
        <source>Deals as CSV…</source>
        <translation>Deals as CSV…</translation>
    </message>
    <message>
        <source>Tickets as CSV…</source>
        <translation>Tickets as CSV…</translation>
    </message>
    <message>
        <source>Activities as CSV…</source>
        <translation>Activities as CSV…</translation>
    </message>
    <message>
        <source>Tasks as iCalendar (Calendar)…</source>
        <translation>Tasks as iCalendar (Calendar)…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Customers…</source>
        <translation>Find &amp;Duplicate Customers…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>CSV files (*.csv);;vCard files (*.vcf)</translation>
    </message>
</context>
<context>
    <name>rapport::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>The SQLite driver for Qt (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded before use.</source>
        <translation>%1 needs to be upgraded before use.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2 It was not changed.</source>
        <translation>%1 cannot be read as a database: %2 It was not changed.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rapport database. It was not changed.</source>
        <translation>%1 is an SQLite database, but not a Rapport database. It was not changed.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). It was not changed. Please update Rapport.</source>
        <translation>%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). It was not changed. Please update Rapport.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>%1: the setting '%2' is '%3' instead of '%4'.</source>
        <translation>%1: the setting '%2' is '%3' instead of '%4'.</translation>
    </message>
    <message>
        <source>%1 is read-only (or on a read-only disk), so Rapport cannot save changes to it. It was not changed. Copy it to a folder you can write to, or allow writing to it.</source>
        <translation>%1 is read-only (or on a read-only disk), so Rapport cannot save changes to it. It was not changed. Copy it to a folder you can write to, or allow writing to it.</translation>
    </message>
</context>
<context>
    <name>rapport::DatabaseFileSetup</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Cannot write %1 to the disk.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the database to write-ahead logging.</source>
        <translation>Cannot switch the database to write-ahead logging.</translation>
    </message>
</context>
<context>
    <name>rapport::DatabaseLock</name>
    <message>
        <source>The database %1 is in use by %2 on %3 (process %4). Close it there first.</source>
        <translation>The database %1 is in use by %2 on %3 (process %4). Close it there first.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, or its folder cannot be written.</source>
        <translation>The database %1 is in use by another program, or its folder cannot be written.</translation>
    </message>
</context>
<context>
    <name>rapport::DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n day in stage</numerusform><numerusform>%n days in stage</numerusform></translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>No close date</translation>
    </message>
</context>
<context>
    <name>rapport::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>New Deal</translation>
    </message>
    <message>
        <source>e.g. 20 office chairs</source>
        <translation>e.g. 20 office chairs</translation>
    </message>
    <message>
        <source>Deal:</source>
        <translation>Deal:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Expected close:</translation>
    </message>
    <message>
        <source>Give the deal a short title.</source>
        <translation>Give the deal a short title.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type a number such as %2.</source>
        <translation>“%1” is not an amount. Type a number such as %2.</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>Edit Deal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>rapport::DealListModel</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
</context>
<context>
    <name>rapport::DealOutcomeDialog</name>
    <message>
        <source>Mark as Won</source>
        <translation>Mark as Won</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Mark as Lost</translation>
    </message>
    <message>
        <source>“%1” with %2, %3</source>
        <translation>“%1” with %2, %3</translation>
    </message>
    <message>
        <source>Won on:</source>
        <translation>Won on:</translation>
    </message>
    <message>
        <source>Lost on:</source>
        <translation>Lost on:</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Price too high</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Chose a competitor</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>No decision</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Bad timing</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>Requirements not met</translation>
    </message>
    <message>
        <source>Why was it lost? (optional)</source>
        <translation>Why was it lost? (optional)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>rapport::DealPage</name>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Back to the pipeline</source>
        <translation>Back to the pipeline</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Log Call</translation>
    </message>
    <message>
        <source>Log Email</source>
        <translation>Log Email</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>Log Meeting</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Add Note</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Add Task</translation>
    </message>
    <message>
        <source>Nothing logged on this deal yet</source>
        <translation>Nothing logged on this deal yet</translation>
    </message>
    <message>
        <source>Calls, emails and meetings you log here appear with every stage change.</source>
        <translation>Calls, emails and meetings you log here appear with every stage change.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Expected close %1</source>
        <translation>Expected close %1</translation>
    </message>
    <message>
        <source>No expected close date</source>
        <translation>No expected close date</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n day in stage</numerusform><numerusform>%n days in stage</numerusform></translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>Weighted %1</translation>
    </message>
    <message>
        <source>Won on %1. Click a stage to reopen it.</source>
        <translation>Won on %1. Click a stage to reopen it.</translation>
    </message>
    <message>
        <source>Lost on %1. Click a stage to reopen it.</source>
        <translation>Lost on %1. Click a stage to reopen it.</translation>
    </message>
    <message>
        <source>Lost on %1: %2. Click a stage to reopen it.</source>
        <translation>Lost on %1: %2. Click a stage to reopen it.</translation>
    </message>
    <message>
        <source>The expected close date has passed. Move the date or close the deal.</source>
        <translation>The expected close date has passed. Move the date or close the deal.</translation>
    </message>
    <message numerus="yes">
        <source>No stage change for %n day(s). Time for a follow-up?</source>
        <translation><numerusform>No stage change for %n day. Time for a follow-up?</numerusform><numerusform>No stage change for %n days. Time for a follow-up?</numerusform></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <source>Move to %1 (%2% probability)</source>
        <translation>Move to %1 (%2% probability)</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>Moved “%1” to %2.</translation>
    </message>
    <message>
        <source>“%1” is won. Congratulations!</source>
        <translation>“%1” is won. Congratulations!</translation>
    </message>
</context>
<context>
    <name>rapport::DealRepository</name>
    <message>
        <source>There is no pipeline stage with number %1.</source>
        <translation>There is no pipeline stage with number %1.</translation>
    </message>
    <message>
        <source>There is no deal with number %1.</source>
        <translation>There is no deal with number %1.</translation>
    </message>
    <message>
        <source>The stage “%1” was removed from the pipeline.</source>
        <translation>The stage “%1” was removed from the pipeline.</translation>
    </message>
    <message>
        <source>“%1” has moved again since; it was left where it is.</source>
        <translation>“%1” has moved again since; it was left where it is.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>A deal needs a title.</translation>
    </message>
    <message>
        <source>A deal needs a customer.</source>
        <translation>A deal needs a customer.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD or CNY.</source>
        <translation>The currency must be a three-letter code such as USD or CNY.</translation>
    </message>
</context>
<context>
    <name>rapport::DealTableModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n day in stage</numerusform><numerusform>%n days in stage</numerusform></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>In stage</translation>
    </message>
</context>
<context>
    <name>rapport::DealsScreen</name>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>New Deal</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>No matching deals</source>
        <translation>No matching deals</translation>
    </message>
    <message>
        <source>Change or clear the filters to see more deals.</source>
        <translation>Change or clear the filters to see more deals.</translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>No open deals</translation>
    </message>
    <message>
        <source>A deal is a sale in the making: a quote asked for, an order under discussion. Add one and move it from stage to stage until it is won.</source>
        <translation>A deal is a sale in the making: a quote asked for, an order under discussion. Add one and move it from stage to stage until it is won.</translation>
    </message>
    <message>
        <source>Filter by deal title</source>
        <translation>Filter by deal title</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any close month</source>
        <translation>Any close month</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Any customer</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Min amount</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Max amount</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n deal</numerusform><numerusform>%n deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) · weighted %1</source>
        <translation><numerusform>%n open deal · weighted %1</numerusform><numerusform>%n open deals · weighted %1</numerusform></translation>
    </message>
    <message>
        <source>Moved “%1” to %2. Undo with %3.</source>
        <translation>Moved “%1” to %2. Undo with %3.</translation>
    </message>
</context>
<context>
    <name>rapport::DeleteActivityCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>rapport::DeleteCustomerCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>rapport::DeleteTaskCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
</context>
<context>
    <name>rapport::DemoGenerator</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelled; nothing was added.</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicateFinder</name>
    <message>
        <source>Same email</source>
        <translation>Same email</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Same phone</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Same name</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <source>Find Duplicate Customers</source>
        <translation>Find Duplicate Customers</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No likely duplicates: every customer has their own email, phone and name.</source>
        <translation>No likely duplicates: every customer has their own email, phone and name.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of customers look like the same person or company. Merging keeps the first and moves everything of the second to it; Edit &gt; Undo takes a merge back.</source>
        <translation><numerusform>%n pair of customers look like the same person or company. Merging keeps the first and moves everything of the second to it; Edit &gt; Undo takes a merge back.</numerusform><numerusform>%n pairs of customers look like the same person or company. Merging keeps the first and moves everything of the second to it; Edit &gt; Undo takes a merge back.</numerusform></translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>Merged %1 into %2.</translation>
    </message>
</context>
<context>
    <name>rapport::EditCustomerCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>rapport::EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>rapport::EditTicketCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>rapport::EncodingDetector</name>
    <message>
        <source>The file starts with a UTF-8 byte-order mark.</source>
        <translation>The file starts with a UTF-8 byte-order mark.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte-order mark.</source>
        <translation>The file starts with a %1 byte-order mark.</translation>
    </message>
    <message>
        <source>The file is %1 text without a byte-order mark, as Excel's "Unicode text" writes.</source>
        <translation>The file is %1 text without a byte-order mark, as Excel's "Unicode text" writes.</translation>
    </message>
    <message>
        <source>The text so far is plain ASCII; it is read as UTF-8.</source>
        <translation>The text so far is plain ASCII; it is read as UTF-8.</translation>
    </message>
    <message>
        <source>The text is valid UTF-8.</source>
        <translation>The text is valid UTF-8.</translation>
    </message>
    <message>
        <source>The text is UTF-8 with %n invalid byte sequence(s); those characters are replaced.</source>
        <translation>The text is UTF-8 with %n invalid byte sequence(s); those characters are replaced.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as Chinese GB18030/GBK.</source>
        <translation>The text is not UTF-8; it reads as Chinese GB18030/GBK.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as Western Windows-1252.</source>
        <translation>The text is not UTF-8; it reads as Western Windows-1252.</translation>
    </message>
    <message>
        <source>Read as %1, as you chose.</source>
        <translation>Read as %1, as you chose.</translation>
    </message>
    <message>
        <source>This is an Excel workbook (or another zipped file), not a text file. In Excel, choose File &gt; Save As &gt; CSV UTF-8 and import that file.</source>
        <translation>This is an Excel workbook (or another zipped file), not a text file. In Excel, choose File &gt; Save As &gt; CSV UTF-8 and import that file.</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) or Word document, not a text file. In Excel, choose File &gt; Save As &gt; CSV UTF-8 and import that file.</source>
        <translation>This is an old Excel (.xls) or Word document, not a text file. In Excel, choose File &gt; Save As &gt; CSV UTF-8 and import that file.</translation>
    </message>
    <message>
        <source>This file contains binary data, not text. Is it the right file?</source>
        <translation>This file contains binary data, not text. Is it the right file?</translation>
    </message>
</context>
<context>
    <name>rapport::Exporter</name>
    <message>
        <source>That format does not fit: customers export to CSV or vCard (.vcf), tasks to iCalendar (.ics), deals, tickets and activities to CSV.</source>
        <translation>That format does not fit: customers export to CSV or vCard (.vcf), tasks to iCalendar (.ics), deals, tickets and activities to CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Deal: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
</context>
<context>
    <name>rapport::FileProbe</name>
    <message>
        <source>there is a write-ahead log (-wal) but no database file</source>
        <translation>there is a write-ahead log (-wal) but no database file</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>the file is empty but has a write-ahead log (-wal) beside it</source>
        <translation>the file is empty but has a write-ahead log (-wal) beside it</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no data. It was not changed.</source>
        <translation>%1 is empty (0 bytes), so it holds no data. It was not changed.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 is not a Rapport database (it is not an SQLite file). It was not changed.</translation>
    </message>
    <message>
        <source>the file is truncated inside its header</source>
        <translation>the file is truncated inside its header</translation>
    </message>
    <message>
        <source>its header is damaged (page size %1)</source>
        <translation>its header is damaged (page size %1)</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>its header is damaged</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes is not a whole number of %2-byte pages)</source>
        <translation>the file is truncated (%1 bytes is not a whole number of %2-byte pages)</translation>
    </message>
    <message>
        <source>the file is truncated (it has %1 of its %2 pages)</source>
        <translation>the file is truncated (it has %1 of its %2 pages)</translation>
    </message>
    <message>
        <source>a write-ahead log (-wal) lies beside it, but the file does not use one</source>
        <translation>a write-ahead log (-wal) lies beside it, but the file does not use one</translation>
    </message>
    <message>
        <source>%1 has an interrupted change to roll back first.</source>
        <translation>%1 has an interrupted change to roll back first.</translation>
    </message>
    <message>
        <source>it cannot be read as a database (%1)</source>
        <translation>it cannot be read as a database (%1)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rapport database. It was not changed.</source>
        <translation>%1 is an SQLite database, but not a Rapport database. It was not changed.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). It was not changed. Please update Rapport.</source>
        <translation>%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). It was not changed. Please update Rapport.</translation>
    </message>
    <message>
        <source>its tables do not match its data version %1</source>
        <translation>its tables do not match its data version %1</translation>
    </message>
    <message>
        <source>SQLite's quick check failed (%1)</source>
        <translation>SQLite's quick check failed (%1)</translation>
    </message>
    <message>
        <source> No backup was found in %1.</source>
        <translation> No backup was found in %1.</translation>
    </message>
    <message>
        <source> The newest verified backup is %1 (made %2 UTC); restore it to go back to that point.</source>
        <translation> The newest verified backup is %1 (made %2 UTC); restore it to go back to that point.</translation>
    </message>
    <message>
        <source>some of its pages cannot be read</source>
        <translation>some of its pages cannot be read</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. It was not changed.</source>
        <translation>%1 is damaged: %2. It was not changed.</translation>
    </message>
    <message>
        <source>%1 cannot be opened safely: %2. Opening it would apply that log to the wrong file, so neither file was changed.</source>
        <translation>%1 cannot be opened safely: %2. Opening it would apply that log to the wrong file, so neither file was changed.</translation>
    </message>
    <message>
        <source>the write-ahead log beside it (-wal) is cut short</source>
        <translation>the write-ahead log beside it (-wal) is cut short</translation>
    </message>
    <message>
        <source>the file beside it named -wal is not a write-ahead log</source>
        <translation>the file beside it named -wal is not a write-ahead log</translation>
    </message>
    <message>
        <source>the write-ahead log beside it (-wal) belongs to another database</source>
        <translation>the write-ahead log beside it (-wal) belongs to another database</translation>
    </message>
</context>
<context>
    <name>rapport::Forecast</name>
    <message>
        <source>Open deals by the month they are expected to close, for this month and the next five. Weighted is each deal's amount times the win probability of its stage, so it is what the pipeline is likely to bring in. Won is what has already been won in that month. Open deals whose expected close date has passed are shown apart as overdue. The target is the monthly revenue target you set. This report always looks ahead from today, whatever period the other reports cover.</source>
        <translation>Open deals by the month they are expected to close, for this month and the next five. Weighted is each deal's amount times the win probability of its stage, so it is what the pipeline is likely to bring in. Won is what has already been won in that month. Open deals whose expected close date has passed are shown apart as overdue. The target is the monthly revenue target you set. This report always looks ahead from today, whatever period the other reports cover.</translation>
    </message>
</context>
<context>
    <name>rapport::FormDialog</name>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Choose a customer from the list first.</source>
        <translation>Choose a customer from the list first.</translation>
    </message>
</context>
<context>
    <name>rapport::Format</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
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
        <translation>yesterday</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>Other email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>State / province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1 (deleted)</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bring in customers from a spreadsheet (CSV, as Excel, Numbers or Google Sheets save it), a contacts export from Google or Outlook, or a phone's vCard (.vcf) file. Nothing is written until you have seen what the import will do.</source>
        <translation>Bring in customers from a spreadsheet (CSV, as Excel, Numbers or Google Sheets save it), a contacts export from Google or Outlook, or a phone's vCard (.vcf) file. Nothing is written until you have seen what the import will do.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Customers (CSV or vCard)</source>
        <translation>Customers (CSV or vCard)</translation>
    </message>
    <message>
        <source>Deals (CSV)</source>
        <translation>Deals (CSV)</translation>
    </message>
    <message>
        <source>Activities (CSV)</source>
        <translation>Activities (CSV)</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>What it holds:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <source>Skip them (keep what Rapport has)</source>
        <translation>Skip them (keep what Rapport has)</translation>
    </message>
    <message>
        <source>Update them with the file's values</source>
        <translation>Update them with the file's values</translation>
    </message>
    <message>
        <source>Add them anyway as new records</source>
        <translation>Add them anyway as new records</translation>
    </message>
    <message>
        <source>Rows already in Rapport:</source>
        <translation>Rows already in Rapport:</translation>
    </message>
    <message>
        <source>Check how each column will be read; change any that Rapport guessed wrong. Below, the first rows as they will be stored.</source>
        <translation>Check how each column will be read; change any that Rapport guessed wrong. Below, the first rows as they will be stored.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save Rows with Problems…</source>
        <translation>&amp;Save Rows with Problems…</translation>
    </message>
    <message>
        <source>A CSV of these rows with the reason, to fix in a spreadsheet and import again.</source>
        <translation>A CSV of these rows with the reason, to fix in a spreadsheet and import again.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Contacts and spreadsheets (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Contacts and spreadsheets (*.csv *.txt *.tsv *.vcf);;All files (*)</translation>
    </message>
    <message>
        <source>%1: vCard, %2</source>
        <translation>%1: vCard, %2</translation>
    </message>
    <message>
        <source>%1: %2, separated by %3</source>
        <translation>%1: %2, separated by %3</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file could not be imported: %1&lt;br&gt;Nothing was changed.</source>
        <translation>The file could not be imported: %1&lt;br&gt;Nothing was changed.</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 rows/s).</source>
        <translation>Imported %1 rows (%2 rows/s).</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left.</source>
        <translation><numerusform>About %n second left.</numerusform><numerusform>About %n seconds left.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing has been written yet.&lt;/b&gt; Importing %1 rows will:</source>
        <translation>&lt;b&gt;Nothing has been written yet.&lt;/b&gt; Importing %1 rows will:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1 rows were read:</source>
        <translation>&lt;b&gt;Done.&lt;/b&gt; %1 rows were read:</translation>
    </message>
    <message>
        <source>add &lt;b&gt;%1&lt;/b&gt; new</source>
        <translation>add &lt;b&gt;%1&lt;/b&gt; new</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; added</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; added</translation>
    </message>
    <message>
        <source>update &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>update &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; updated</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; updated</translation>
    </message>
    <message>
        <source>leave &lt;b&gt;%1&lt;/b&gt; duplicates as they are</source>
        <translation>leave &lt;b&gt;%1&lt;/b&gt; duplicates as they are</translation>
    </message>
    <message>
        <source>skip &lt;b&gt;%1&lt;/b&gt; rows with problems (listed below)</source>
        <translation>skip &lt;b&gt;%1&lt;/b&gt; rows with problems (listed below)</translation>
    </message>
    <message>
        <source>add &lt;b&gt;%1&lt;/b&gt; companies named in the Company column</source>
        <translation>add &lt;b&gt;%1&lt;/b&gt; companies named in the Company column</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Save Rows with Problems</source>
        <translation>Save Rows with Problems</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problems</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Could not save %1.</translation>
    </message>
</context>
<context>
    <name>rapport::IntegrityChecker</name>
    <message>
        <source>the log could not be read: %1</source>
        <translation>the log could not be read: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a %3 row that does not exist</source>
        <translation>%1 row %2 refers to a %3 row that does not exist</translation>
    </message>
</context>
<context>
    <name>rapport::KpiTiles</name>
    <message>
        <source>Revenue this month</source>
        <translation>Revenue this month</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Weighted pipeline</translation>
    </message>
    <message>
        <source>Win rate, last 90 days</source>
        <translation>Win rate, last 90 days</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <source>%1 of the %2 target</source>
        <translation>%1 of the %2 target</translation>
    </message>
    <message>
        <source>No target set for this month</source>
        <translation>No target set for this month</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted by stage</source>
        <translation><numerusform>%n open deal, weighted by stage</numerusform><numerusform>%n open deals, weighted by stage</numerusform></translation>
    </message>
    <message>
        <source>%1 won of %2 closed</source>
        <translation>%1 won of %2 closed</translation>
    </message>
    <message numerus="yes">
        <source>%n past their promised time</source>
        <translation><numerusform>%n past their promised time</numerusform><numerusform>%n past their promised time</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::Kpis</name>
    <message>
        <source>Each month of the period against the targets you set. Revenue is the amount of deals won that month in the business currency. New customers counts companies and individual customers added that month (people added to a company are its contacts and do not count). Tickets within SLA counts tickets resolved that month by their resolution due time.</source>
        <translation>Each month of the period against the targets you set. Revenue is the amount of deals won that month in the business currency. New customers counts companies and individual customers added that month (people added to a company are its contacts and do not count). Tickets within SLA counts tickets resolved that month by their resolution due time.</translation>
    </message>
    <message>
        <source>"%1" is not a month; write it as YYYY-MM.</source>
        <translation>"%1" is not a month; write it as YYYY-MM.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
</context>
<context>
    <name>rapport::LogActivityCommand</name>
    <message>
        <source>Log %1</source>
        <translation>Log %1</translation>
    </message>
</context>
<context>
    <name>rapport::MailtoDialog</name>
    <message>
        <source>Email the audience</source>
        <translation>Email the audience</translation>
    </message>
    <message numerus="yes">
        <source>Your mail app accepts a limited number of recipients per message, so the audience is split into %n batch(es). Open each one; the addresses go in BCC.</source>
        <translation><numerusform>Your mail app accepts a limited number of recipients per message, so the audience is split into %n batch(es). Open each one; the addresses go in BCC.</numerusform><numerusform>Your mail app accepts a limited number of recipients per message, so the audience is split into %n batch(es). Open each one; the addresses go in BCC.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 — %n address(es)</source>
        <translation><numerusform>Batch %1 — %n address(es)</numerusform><numerusform>Batch %1 — %n address(es)</numerusform></translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Open in mail app</translation>
    </message>
    <message>
        <source>Copy addresses</source>
        <translation>Copy addresses</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Last backup %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>File ▸ Back Up Now makes a verified copy of your data.</source>
        <translation>File ▸ Back Up Now makes a verified copy of your data.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>New &amp;Customer…</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>New &amp;Deal…</translation>
    </message>
    <message>
        <source>New &amp;Ticket…</source>
        <translation>New &amp;Ticket…</translation>
    </message>
    <message>
        <source>New T&amp;ask…</source>
        <translation>New T&amp;ask…</translation>
    </message>
    <message>
        <source>&amp;Log Activity…</source>
        <translation>&amp;Log Activity…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>Reveal Data &amp;Folder</source>
        <translation>Reveal Data &amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Search Everywhere…</source>
        <translation>&amp;Search Everywhere…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;About Rapport</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New customer, deal, ticket, task or activity</source>
        <translation>New customer, deal, ticket, task or activity</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Search (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>rapport::MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Second email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>State or province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>Merge Customers</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. Deals, tickets, activities, tasks and tags of &lt;b&gt;%1&lt;/b&gt; move to &lt;b&gt;%2&lt;/b&gt;, and %1 is removed. Edit &gt; Undo takes the merge back.</source>
        <translation>Choose the value to keep where the two differ. Deals, tickets, activities, tasks and tags of &lt;b&gt;%1&lt;/b&gt; move to &lt;b&gt;%2&lt;/b&gt;, and %1 is removed. Edit &gt; Undo takes the merge back.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>rapport::Migrator</name>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Upgrading the database to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>rapport::MoveDealCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Move “%1” to %2</translation>
    </message>
</context>
<context>
    <name>rapport::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>rapport::OutcomeDropZone</name>
    <message>
        <source>Won — drop a deal here to close it as won</source>
        <translation>Won — drop a deal here to close it as won</translation>
    </message>
    <message>
        <source>Lost — drop a deal here to close it as lost</source>
        <translation>Lost — drop a deal here to close it as lost</translation>
    </message>
</context>
<context>
    <name>rapport::PageCopy</name>
    <message>
        <source>SQLite's backup functions are not reachable.</source>
        <translation>SQLite's backup functions are not reachable.</translation>
    </message>
    <message>
        <source>Cannot finish the copy %1.</source>
        <translation>Cannot finish the copy %1.</translation>
    </message>
</context>
<context>
    <name>rapport::Pipeline</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>A stage needs a name.</translation>
    </message>
    <message>
        <source>Keep the stage name under 60 characters.</source>
        <translation>Keep the stage name under 60 characters.</translation>
    </message>
    <message>
        <source>The win probability is a percentage from 0 to 100.</source>
        <translation>The win probability is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>That stage no longer exists.</translation>
    </message>
    <message>
        <source>Won is always 100% and Lost always 0%.</source>
        <translation>Won is always 100% and Lost always 0%.</translation>
    </message>
    <message>
        <source>The stages changed meanwhile. Open Preferences again.</source>
        <translation>The stages changed meanwhile. Open Preferences again.</translation>
    </message>
    <message>
        <source>Won and Lost cannot be removed; rename them instead.</source>
        <translation>Won and Lost cannot be removed; rename them instead.</translation>
    </message>
    <message>
        <source>Choose another stage for the deals in “%1”.</source>
        <translation>Choose another stage for the deals in “%1”.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage.</source>
        <translation>The pipeline needs at least one open stage.</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>Choose between 1 and 365 days.</translation>
    </message>
</context>
<context>
    <name>rapport::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Your business or trading name</source>
        <translation>Your business or trading name</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The new language is used the next time Rapport starts.</source>
        <translation>The new language is used the next time Rapport starts.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Appearance:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Backup Folder</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, EUR or CNY.</source>
        <translation>Use a three-letter currency code such as USD, EUR or CNY.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Service Levels</source>
        <translation>Service Levels</translation>
    </message>
</context>
<context>
    <name>rapport::ReadConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>The SQLite driver for Qt (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::RecordColumns</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer's email</source>
        <translation>Customer's email</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind (call, email, meeting…)</source>
        <translation>Kind (call, email, meeting…)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Direction (in or out)</source>
        <translation>Direction (in or out)</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>"%1" is not an amount (for example 1200.50).</source>
        <translation>"%1" is not an amount (for example 1200.50).</translation>
    </message>
    <message>
        <source>"%1" is not a date Rapport can read (for example 2026-03-31).</source>
        <translation>"%1" is not a date Rapport can read (for example 2026-03-31).</translation>
    </message>
    <message>
        <source>No title.</source>
        <translation>No title.</translation>
    </message>
    <message>
        <source>No date.</source>
        <translation>No date.</translation>
    </message>
    <message>
        <source>No customer: map a column to Customer or Customer's email.</source>
        <translation>No customer: map a column to Customer or Customer's email.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>A deals file needs a title column and a customer (name or email) column; this one has: %1</source>
        <translation>A deals file needs a title column and a customer (name or email) column; this one has: %1</translation>
    </message>
    <message>
        <source>An activities file needs a date column and a customer (name or email) column; this one has: %1</source>
        <translation>An activities file needs a date column and a customer (name or email) column; this one has: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>The rows with problems could not be saved to %1.</source>
        <translation>The rows with problems could not be saved to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No customer: fill in the customer's name or email.</source>
        <translation>No customer: fill in the customer's name or email.</translation>
    </message>
    <message>
        <source>Several customers are called "%1"; give the customer's email instead.</source>
        <translation>Several customers are called "%1"; give the customer's email instead.</translation>
    </message>
    <message>
        <source>There is no customer "%1" in Rapport; import or add the customer first.</source>
        <translation>There is no customer "%1" in Rapport; import or add the customer first.</translation>
    </message>
    <message>
        <source>No title.</source>
        <translation>No title.</translation>
    </message>
    <message>
        <source>"%1" is not an amount (for example 1200.50).</source>
        <translation>"%1" is not an amount (for example 1200.50).</translation>
    </message>
    <message>
        <source>"%1" is not a currency code (for example CNY or USD).</source>
        <translation>"%1" is not a currency code (for example CNY or USD).</translation>
    </message>
    <message>
        <source>"%1" is not a stage of the pipeline (%2).</source>
        <translation>"%1" is not a stage of the pipeline (%2).</translation>
    </message>
    <message>
        <source>"%1" is not a date Rapport can read (for example 2026-03-31).</source>
        <translation>"%1" is not a date Rapport can read (for example 2026-03-31).</translation>
    </message>
    <message>
        <source>"%1" is not a kind of activity (call, email, meeting, note or message).</source>
        <translation>"%1" is not a kind of activity (call, email, meeting, note or message).</translation>
    </message>
    <message>
        <source>No date.</source>
        <translation>No date.</translation>
    </message>
    <message>
        <source>"%1" is not a date Rapport can read (for example 2026-03-31 14:30).</source>
        <translation>"%1" is not a date Rapport can read (for example 2026-03-31 14:30).</translation>
    </message>
    <message>
        <source>"%1" is not a duration in minutes (for example 30 or 1:30).</source>
        <translation>"%1" is not a duration in minutes (for example 30 or 1:30).</translation>
    </message>
</context>
<context>
    <name>rapport::RecordStore</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordVerifier</name>
    <message>
        <source>has no history: it was added without an audit entry</source>
        <translation>has no history: it was added without an audit entry</translation>
    </message>
    <message>
        <source>exists although its history says it was deleted</source>
        <translation>exists although its history says it was deleted</translation>
    </message>
    <message>
        <source>was changed without an audit entry: it differs from its history</source>
        <translation>was changed without an audit entry: it differs from its history</translation>
    </message>
    <message>
        <source>is gone, but its history has no delete</source>
        <translation>is gone, but its history has no delete</translation>
    </message>
</context>
<context>
    <name>rapport::ReportBuilder</name>
    <message>
        <source>Sales funnel</source>
        <translation>Sales funnel</translation>
    </message>
    <message>
        <source>Win rate and sales cycle</source>
        <translation>Win rate and sales cycle</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>Retention and churn</translation>
    </message>
    <message>
        <source>Customer value tiers</source>
        <translation>Customer value tiers</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>Targets and KPIs</source>
        <translation>Targets and KPIs</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Sales funnel (strict)</source>
        <translation>Sales funnel (strict)</translation>
    </message>
</context>
<context>
    <name>rapport::ReportLayouts</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Deals in the funnel: %1</source>
        <translation>Deals in the funnel: %1</translation>
    </message>
    <message>
        <source>Overall conversion to won: %1</source>
        <translation>Overall conversion to won: %1</translation>
    </message>
    <message>
        <source>Deals that reached each stage (strict)</source>
        <translation>Deals that reached each stage (strict)</translation>
    </message>
    <message>
        <source>Deals that reached each stage</source>
        <translation>Deals that reached each stage</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>To next stage</translation>
    </message>
    <message>
        <source>%1 · %2 to next</source>
        <translation>%1 · %2 to next</translation>
    </message>
    <message>
        <source>No deals were created in this period.</source>
        <translation>No deals were created in this period.</translation>
    </message>
    <message>
        <source>Win rate: %1</source>
        <translation>Win rate: %1</translation>
    </message>
    <message>
        <source>Won: %1 · Lost: %2</source>
        <translation>Won: %1 · Lost: %2</translation>
    </message>
    <message>
        <source>Days to win: average %1, median %2</source>
        <translation>Days to win: average %1, median %2</translation>
    </message>
    <message>
        <source>Won and lost deals by month</source>
        <translation>Won and lost deals by month</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Won value</translation>
    </message>
    <message>
        <source>Average days in each stage</source>
        <translation>Average days in each stage</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Average days</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Top reasons for lost deals</source>
        <translation>Top reasons for lost deals</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Lost deals</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>No deals were lost in this period.</source>
        <translation>No deals were lost in this period.</translation>
    </message>
    <message>
        <source>Weighted pipeline, next six months: %1</source>
        <translation>Weighted pipeline, next six months: %1</translation>
    </message>
    <message>
        <source>Overdue open deals: %1 (%2)</source>
        <translation>Overdue open deals: %1 (%2)</translation>
    </message>
    <message>
        <source>Open deals without a close date: %1 (%2)</source>
        <translation>Open deals without a close date: %1 (%2)</translation>
    </message>
    <message>
        <source>Expected revenue by month</source>
        <translation>Expected revenue by month</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Repeat-purchase rate: %1 (%2 of %3 new buyers)</source>
        <translation>Repeat-purchase rate: %1 (%2 of %3 new buyers)</translation>
    </message>
    <message>
        <source>Churned: %1 of %2 buyers (%3), %4 of them bought once</source>
        <translation>Churned: %1 of %2 buyers (%3), %4 of them bought once</translation>
    </message>
    <message>
        <source>Cohorts: share who bought again, by months after the first purchase</source>
        <translation>Cohorts: share who bought again, by months after the first purchase</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation>+%1 mo</translation>
    </message>
    <message>
        <source>Churned customers, most valuable first</source>
        <translation>Churned customers, most valuable first</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Lifetime value</translation>
    </message>
    <message>
        <source>No customer has churned.</source>
        <translation>No customer has churned.</translation>
    </message>
    <message>
        <source>Customers who bought in the last 24 months: %1</source>
        <translation>Customers who bought in the last 24 months: %1</translation>
    </message>
    <message>
        <source>Their purchases: %1</source>
        <translation>Their purchases: %1</translation>
    </message>
    <message>
        <source>Share of revenue by value tier</source>
        <translation>Share of revenue by value tier</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No customer bought anything in the last 24 months.</source>
        <translation>No customer bought anything in the last 24 months.</translation>
    </message>
    <message>
        <source>%1 customers, by revenue</source>
        <translation>%1 customers, by revenue</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>No customer is in this tier.</source>
        <translation>No customer is in this tier.</translation>
    </message>
    <message>
        <source>First response in time: %1</source>
        <translation>First response in time: %1</translation>
    </message>
    <message>
        <source>Resolved in time: %1</source>
        <translation>Resolved in time: %1</translation>
    </message>
    <message>
        <source>Average satisfaction: %1 (%2 rated)</source>
        <translation>Average satisfaction: %1 (%2 rated)</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per week</source>
        <translation>Tickets opened and resolved per week</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>SLA compliance by priority</source>
        <translation>SLA compliance by priority</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>First response in time</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Resolved in time</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Customers with the most tickets</source>
        <translation>Customers with the most tickets</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Average satisfaction</translation>
    </message>
    <message>
        <source>No tickets were opened in this period.</source>
        <translation>No tickets were opened in this period.</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Revenue won</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Tickets resolved within SLA</source>
        <translation>Tickets resolved within SLA</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>Of target</translation>
    </message>
    <message>
        <source>Targets are set per month on the Reports screen (Set Targets…).</source>
        <translation>Targets are set per month on the Reports screen (Set Targets…).</translation>
    </message>
</context>
<context>
    <name>rapport::ReportPack</name>
    <message>
        <source>My business</source>
        <translation>My business</translation>
    </message>
    <message>
        <source>Business report</source>
        <translation>Business report</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>rapport::ReportPdf</name>
    <message>
        <source>Generated %1 %2</source>
        <translation>Generated %1 %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>How this is counted</source>
        <translation>How this is counted</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Nothing to show for this period.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The pages could not be started (the printer or file is not ready).</source>
        <translation>The pages could not be started (the printer or file is not ready).</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>"%1" is a folder; give a file name such as report.pdf.</source>
        <translation>"%1" is a folder; give a file name such as report.pdf.</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation>The folder "%1" does not exist.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Cannot write "%1": %2</translation>
    </message>
</context>
<context>
    <name>rapport::ReportRange</name>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD, for example 2024-01-31.</source>
        <translation>"%1" is not a date; write it as YYYY-MM-DD, for example 2024-01-31.</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>The report needs a start and an end date.</translation>
    </message>
    <message>
        <source>The start date (%1) is after the end date (%2).</source>
        <translation>The start date (%1) is after the end date (%2).</translation>
    </message>
    <message>
        <source>A report covers at most 20 years.</source>
        <translation>A report covers at most 20 years.</translation>
    </message>
</context>
<context>
    <name>rapport::ReportText</name>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Month labels in reports, a QDate format: "Jan 2024"; Chinese "yyyy年M月".</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Dates in report titles, a QDate format: "1 Jan 2024"; Chinese "yyyy年M月d日".</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>Initial contact</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <extracomment>Month labels under chart bars, a QDate format: "Jan 24"; Chinese "yy年M月".</extracomment>
        <translation>MMM yy</translation>
    </message>
</context>
<context>
    <name>rapport::ReportsScreen</name>
    <message>
        <source>Strict funnel</source>
        <translation>Strict funnel</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Count a deal at a stage only if it went through every earlier stage in order.</source>
        <translation>Count a deal at a stage only if it went through every earlier stage in order.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export Report Pack…</source>
        <translation>Export Report Pack…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Set Targets…</source>
        <translation>Set Targets…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>The report could not be computed: %1</translation>
    </message>
    <message>
        <source>How this is counted</source>
        <translation>How this is counted</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Saved the report to %1</translation>
    </message>
    <message>
        <source>Business report %1.pdf</source>
        <translation>Business report %1.pdf</translation>
    </message>
    <message>
        <source>Computing the reports and drawing the pages…</source>
        <translation>Computing the reports and drawing the pages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report pack (%n page(s)) to %1</source>
        <translation><numerusform>Saved the report pack (%n page) to %1</numerusform><numerusform>Saved the report pack (%n pages) to %1</numerusform></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Working out the figures…</translation>
    </message>
</context>
<context>
    <name>rapport::RestoreService</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <source>The backup did not verify, so nothing was changed: %1</source>
        <translation>The backup did not verify, so nothing was changed: %1</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Nothing was changed.</translation>
    </message>
    <message>
        <source>The copy of the backup did not verify, so nothing was changed: %1</source>
        <translation>The copy of the backup did not verify, so nothing was changed: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the copy of the backup, so nothing was changed: %1</source>
        <translation>Cannot prepare the copy of the backup, so nothing was changed: %1</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2, so nothing was changed.</source>
        <translation>Cannot move %1 aside to %2, so nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1; the previous file was put back.</source>
        <translation>Cannot put the backup in place at %1; the previous file was put back.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1: %2</source>
        <translation>Cannot copy the backup to %1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::Retention</name>
    <message numerus="yes">
        <source>A purchase is a won deal, dated when it was won. Customers are grouped into monthly cohorts by their first purchase ever; each cohort shows the share of its customers who bought again in each following month, up to the end of the period. The repeat-purchase rate is the share of customers whose first purchase falls in the period who bought a second time before it ended. A customer has churned when their last purchase is longer ago (at the end of the period) than twice their usual gap between purchases, and at least %n days; a customer with one purchase has no usual gap, so only the %n days apply.</source>
        <translation><numerusform>A purchase is a won deal, dated when it was won. Customers are grouped into monthly cohorts by their first purchase ever; each cohort shows the share of its customers who bought again in each following month, up to the end of the period. The repeat-purchase rate is the share of customers whose first purchase falls in the period who bought a second time before it ended. A customer has churned when their last purchase is longer ago (at the end of the period) than twice their usual gap between purchases, and at least %n days; a customer with one purchase has no usual gap, so only the %n days apply.</numerusform><numerusform>A purchase is a won deal, dated when it was won. Customers are grouped into monthly cohorts by their first purchase ever; each cohort shows the share of its customers who bought again in each following month, up to the end of the period. The repeat-purchase rate is the share of customers whose first purchase falls in the period who bought a second time before it ended. A customer has churned when their last purchase is longer ago (at the end of the period) than twice their usual gap between purchases, and at least %n days; a customer with one purchase has no usual gap, so only the %n days apply.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::SalesFunnel</name>
    <message>
        <source>Deals created in the period, whatever happened to them since. Each bar counts the deals that reached that stage according to their stage history, with their total amount in the business currency (amounts in other currencies are counted as deals but not in the totals). Conversion is the share of deals at a stage that reached the next one; overall conversion is won deals divided by deals at the first stage.</source>
        <translation>Deals created in the period, whatever happened to them since. Each bar counts the deals that reached that stage according to their stage history, with their total amount in the business currency (amounts in other currencies are counted as deals but not in the totals). Conversion is the share of deals at a stage that reached the next one; overall conversion is won deals divided by deals at the first stage.</translation>
    </message>
    <message>
        <source>Strict: a deal counts at a stage only if it went through every earlier stage, in order; a deal that skipped a stage stops counting there.</source>
        <translation>Strict: a deal counts at a stage only if it went through every earlier stage, in order; a deal that skipped a stage stops counting there.</translation>
    </message>
    <message>
        <source>A deal that skipped a stage counts as having passed it, and a won deal counts at every stage.</source>
        <translation>A deal that skipped a stage counts as having passed it, and a won deal counts at every stage.</translation>
    </message>
</context>
<context>
    <name>rapport::SearchPopup</name>
    <message>
        <source>Search customers, people, deals and tickets</source>
        <translation>Search customers, people, deals and tickets</translation>
    </message>
    <message>
        <source>Type a name, company, email, phone, deal or ticket. ↑↓ to choose, Enter to open, Esc to close.</source>
        <translation>Type a name, company, email, phone, deal or ticket. ↑↓ to choose, Enter to open, Esc to close.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close.</source>
        <translation>↑↓ to choose, Enter to open, Esc to close.</translation>
    </message>
</context>
<context>
    <name>rapport::SearchResultsModel</name>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>rapport::SegmentEditor</name>
    <message>
        <source>Edit segment</source>
        <translation>Edit segment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>e.g. Shanghai customers who bought last year</source>
        <translation>e.g. Shanghai customers who bought last year</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>all of these conditions</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>any of these conditions</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Customers matching:</source>
        <translation>Customers matching:</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>Complete the conditions to see how many customers match.</source>
        <translation>Complete the conditions to see how many customers match.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match</source>
        <translation><numerusform>%n customer match</numerusform><numerusform>%n customers match</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>A segment needs a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>There is already a segment named "%1".</source>
        <translation>There is already a segment named "%1".</translation>
    </message>
    <message>
        <source>There is no segment with number %1.</source>
        <translation>There is no segment with number %1.</translation>
    </message>
    <message>
        <source>There is no segment named "%1".</source>
        <translation>There is no segment named "%1".</translation>
    </message>
</context>
<context>
    <name>rapport::SegmentRules</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Lifetime value</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Open deal</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>on or after</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>between</source>
        <translation>between</translation>
    </message>
    <message>
        <source>has one</source>
        <translation>has one</translation>
    </message>
    <message>
        <source>has none</source>
        <translation>has none</translation>
    </message>
    <message>
        <source>%1: "%2" does not apply here.</source>
        <translation>%1: "%2" does not apply here.</translation>
    </message>
    <message>
        <source>%1: enter a value.</source>
        <translation>%1: enter a value.</translation>
    </message>
    <message>
        <source>%1: the value is too long (at most 1,000 characters).</source>
        <translation>%1: the value is too long (at most 1,000 characters).</translation>
    </message>
    <message>
        <source>%1: choose person or company.</source>
        <translation>%1: choose person or company.</translation>
    </message>
    <message>
        <source>%1: choose a tier.</source>
        <translation>%1: choose a tier.</translation>
    </message>
    <message>
        <source>%1: enter a date.</source>
        <translation>%1: enter a date.</translation>
    </message>
    <message>
        <source>%1: enter an amount of zero or more.</source>
        <translation>%1: enter an amount of zero or more.</translation>
    </message>
    <message>
        <source>%1: the first amount is larger than the second.</source>
        <translation>%1: the first amount is larger than the second.</translation>
    </message>
    <message>
        <source>%1: choose a month.</source>
        <translation>%1: choose a month.</translation>
    </message>
    <message>
        <source>The segment's conditions cannot be read.</source>
        <translation>The segment's conditions cannot be read.</translation>
    </message>
    <message>
        <source>The segment has a condition this version does not know.</source>
        <translation>The segment has a condition this version does not know.</translation>
    </message>
    <message>
        <source>Unknown condition.</source>
        <translation>Unknown condition.</translation>
    </message>
</context>
<context>
    <name>rapport::ServiceReport</name>
    <message>
        <source>Tickets opened and tickets resolved in each week of the period (weeks start on Monday). SLA compliance covers tickets opened in the period: a ticket meets its first-response or resolution promise when it was answered or resolved by the due time; it misses it when that happened late, or has not happened and the due time has passed; tickets still within their time are not counted yet. Satisfaction is the average rating (1 to 5) of tickets resolved in the period that were rated. Most tickets lists the customers who opened the most tickets in the period.</source>
        <translation>Tickets opened and tickets resolved in each week of the period (weeks start on Monday). SLA compliance covers tickets opened in the period: a ticket meets its first-response or resolution promise when it was answered or resolved by the due time; it misses it when that happened late, or has not happened and the due time has passed; tickets still within their time are not counted yet. Satisfaction is the average rating (1 to 5) of tickets resolved in the period that were rated. Most tickets lists the customers who opened the most tickets in the period.</translation>
    </message>
</context>
<context>
    <name>rapport::SlaEditor</name>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>First reply within</source>
        <translation>First reply within</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Resolved within</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A day is 24 h, a week 168 h. New promises apply to tickets opened from now on; a ticket keeps the times it was given.</source>
        <translation>A day is 24 h, a week 168 h. New promises apply to tickets opened from now on; a ticket keeps the times it was given.</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::SlaPolicy</name>
    <message>
        <source>Promised times are between one minute and a year.</source>
        <translation>Promised times are between one minute and a year.</translation>
    </message>
    <message>
        <source>The first reply cannot be promised later than the resolution.</source>
        <translation>The first reply cannot be promised later than the resolution.</translation>
    </message>
</context>
<context>
    <name>rapport::SlaText</name>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>first reply due %1</source>
        <translation>first reply due %1</translation>
    </message>
    <message>
        <source>resolution due %1</source>
        <translation>resolution due %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::Sql</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>The disk is full, so the change was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database file is read-only, so the change was not saved.</source>
        <translation>The database file is read-only, so the change was not saved.</translation>
    </message>
    <message>
        <source>The database is busy in another program; the change was not saved. Try again in a moment.</source>
        <translation>The database is busy in another program; the change was not saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>The database file is damaged. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>rapport::StageCardModel</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>rapport::StageColumn</name>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation><numerusform>%n deal · %1</numerusform><numerusform>%n deals · %1</numerusform></translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>Weighted %1</translation>
    </message>
</context>
<context>
    <name>rapport::StageEditor</name>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Win probability</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Add Stage</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Won and Lost always come last: drop a deal on them to close it.</source>
        <translation>Won and Lost always come last: drop a deal on them to close it.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Mark a deal as needing attention after</source>
        <translation>Mark a deal as needing attention after</translation>
    </message>
    <message>
        <source>in the same stage.</source>
        <translation>in the same stage.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Remove Stage</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n deal(s) in “%1” to:</source>
        <translation><numerusform>Move the %n deal in “%1” to:</numerusform><numerusform>Move the %n deals in “%1” to:</numerusform></translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>Every stage needs a name.</translation>
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
        <translation>Add Tag</translation>
    </message>
    <message>
        <source>An existing tag or a new one</source>
        <translation>An existing tag or a new one</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n selected customer(s) with:</source>
        <translation><numerusform>Tag %n selected customer with:</numerusform><numerusform>Tag %n selected customers with:</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>The tag is too long (at most 100 characters).</source>
        <translation>The tag is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>There is already a tag named "%1".</source>
        <translation>There is already a tag named "%1".</translation>
    </message>
    <message>
        <source>There is already a tag named "%1". Merge the two tags instead.</source>
        <translation>There is already a tag named "%1". Merge the two tags instead.</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>The tag no longer exists.</translation>
    </message>
    <message>
        <source>Choose two different tags to merge.</source>
        <translation>Choose two different tags to merge.</translation>
    </message>
    <message>
        <source>"%1" is not a colour (expected #rrggbb).</source>
        <translation>"%1" is not a colour (expected #rrggbb).</translation>
    </message>
</context>
<context>
    <name>rapport::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n customer(s) tagged "%1" this tag instead:</source>
        <translation><numerusform>Give the %n customer tagged "%1" this tag instead:</numerusform><numerusform>Give the %n customers tagged "%1" this tag instead:</numerusform></translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tag colour</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag "%1" from %n customer(s)? The customers stay.</source>
        <translation><numerusform>Remove the tag "%1" from %n customer? The customers stay.</numerusform><numerusform>Remove the tag "%1" from %n customers? The customers stay.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::TargetsDialog</name>
    <message>
        <source>Monthly Targets</source>
        <translation>Monthly Targets</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenue (%1)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Tickets resolved within SLA</source>
        <translation>Tickets resolved within SLA</translation>
    </message>
    <message>
        <source>Leave a cell empty for no target. Targets show on the Targets and KPIs report, the forecast and the Today screen.</source>
        <translation>Leave a cell empty for no target. Targets show on the Targets and KPIs report, the forecast and the Today screen.</translation>
    </message>
    <message>
        <source>"%1" is not a target; enter a number, or leave the cell empty.</source>
        <translation>"%1" is not a target; enter a number, or leave the cell empty.</translation>
    </message>
</context>
<context>
    <name>rapport::TaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>Add Task</translation>
    </message>
    <message>
        <source>e.g. Send the quote</source>
        <translation>e.g. Send the quote</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Give the task a short title.</source>
        <translation>Give the task a short title.</translation>
    </message>
</context>
<context>
    <name>rapport::TaskDoneCommand</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Complete “%1”</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Reopen “%1”</translation>
    </message>
</context>
<context>
    <name>rapport::TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>A task needs a title.</translation>
    </message>
    <message>
        <source>There is no task with number %1.</source>
        <translation>There is no task with number %1.</translation>
    </message>
</context>
<context>
    <name>rapport::TaskTableModel</name>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
</context>
<context>
    <name>rapport::TasksScreen</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Add Task</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n task</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <source>Every follow-up is on time.</source>
        <translation>Every follow-up is on time.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Nothing due today</translation>
    </message>
    <message>
        <source>Enjoy the quiet, or plan ahead with “Add Task”.</source>
        <translation>Enjoy the quiet, or plan ahead with “Add Task”.</translation>
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation>No finished tasks yet</translation>
    </message>
    <message>
        <source>Tick a task when it is done and it moves here.</source>
        <translation>Tick a task when it is done and it moves here.</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>No tasks</translation>
    </message>
    <message>
        <source>Tasks are follow-ups and reminders: call back, send the quote, check in after delivery.</source>
        <translation>Tasks are follow-ups and reminders: call back, send the quote, check in after delivery.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Mark as Not Done</source>
        <translation>Mark as Not Done</translation>
    </message>
    <message>
        <source>Mark as Done</source>
        <translation>Mark as Done</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Delete Task</translation>
    </message>
</context>
<context>
    <name>rapport::TicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>New Ticket</translation>
    </message>
    <message>
        <source>e.g. Delivery arrived damaged</source>
        <translation>e.g. Delivery arrived damaged</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>What happened, in the customer's words</source>
        <translation>What happened, in the customer's words</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>Give the ticket a subject.</translation>
    </message>
    <message>
        <source>Edit Ticket</source>
        <translation>Edit Ticket</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>rapport::TicketListModel</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Resolution due</translation>
    </message>
</context>
<context>
    <name>rapport::TicketPage</name>
    <message>
        <source>Start Work</source>
        <translation>Start Work</translation>
    </message>
    <message>
        <source>Customer Replied</source>
        <translation>Customer Replied</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Waiting on Customer</source>
        <translation>Waiting on Customer</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>%1 priority</translation>
    </message>
    <message>
        <source>Customer satisfaction:</source>
        <translation>Customer satisfaction:</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5</source>
        <translation><numerusform>%n of 5</numerusform><numerusform>%n of 5</numerusform></translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>What the customer said (optional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Log Reply</source>
        <translation>Log Reply</translation>
    </message>
    <message>
        <source>Record the answer you sent; the first one sets the first response time.</source>
        <translation>Record the answer you sent; the first one sets the first response time.</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Log Call</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Add Note</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Add Task</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>#%1 · %2 · opened %3</source>
        <translation>#%1 · %2 · opened %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Resolution: %1</translation>
    </message>
    <message>
        <source>first reply after %1</source>
        <translation>first reply after %1</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>under a minute</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” is now %2.</translation>
    </message>
    <message>
        <source>Resolve Ticket</source>
        <translation>Resolve Ticket</translation>
    </message>
    <message>
        <source>How was “%1” resolved?</source>
        <translation>How was “%1” resolved?</translation>
    </message>
    <message>
        <source>e.g. Sent a replacement; the customer confirmed it works</source>
        <translation>e.g. Sent a replacement; the customer confirmed it works</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>“%1” is resolved. Ask the customer how it went.</source>
        <translation>“%1” is resolved. Ask the customer how it went.</translation>
    </message>
    <message>
        <source>Choose one to five stars first.</source>
        <translation>Choose one to five stars first.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>rapport::TicketRepository</name>
    <message>
        <source>There is no ticket with number %1.</source>
        <translation>There is no ticket with number %1.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>Satisfaction is a score from 1 to 5.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>A ticket cannot go from “%1” to “%2”.</source>
        <translation>A ticket cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>The customer's satisfaction is recorded once the ticket is resolved.</source>
        <translation>The customer's satisfaction is recorded once the ticket is resolved.</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>A ticket needs a subject.</translation>
    </message>
    <message>
        <source>A ticket needs a customer.</source>
        <translation>A ticket needs a customer.</translation>
    </message>
    <message>
        <source>Unknown channel "%1".</source>
        <translation>Unknown channel "%1".</translation>
    </message>
</context>
<context>
    <name>rapport::TicketSatisfactionCommand</name>
    <message>
        <source>Satisfaction for “%1”</source>
        <translation>Satisfaction for “%1”</translation>
    </message>
</context>
<context>
    <name>rapport::TicketStatusCommand</name>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Mark “%1” as %2</translation>
    </message>
</context>
<context>
    <name>rapport::TicketTableModel</name>
    <message>
        <source>First reply due %1, resolution due %2</source>
        <translation>First reply due %1, resolution due %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>rapport::TicketsScreen</name>
    <message>
        <source>Service Desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>New Ticket</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>My open</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <source>Resolved this week</source>
        <translation>Resolved this week</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Filter by subject</source>
        <translation>Filter by subject</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n ticket</numerusform><numerusform>%n tickets</numerusform></translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation>Nothing waiting for you</translation>
    </message>
    <message>
        <source>New requests and complaints appear here until you answer and resolve them.</source>
        <translation>New requests and complaints appear here until you answer and resolve them.</translation>
    </message>
    <message>
        <source>Every promise kept</source>
        <translation>Every promise kept</translation>
    </message>
    <message>
        <source>No open ticket is past its first-reply or resolution time.</source>
        <translation>No open ticket is past its first-reply or resolution time.</translation>
    </message>
    <message>
        <source>Not waiting on anyone</source>
        <translation>Not waiting on anyone</translation>
    </message>
    <message>
        <source>Tickets you set to “Waiting on customer” gather here.</source>
        <translation>Tickets you set to “Waiting on customer” gather here.</translation>
    </message>
    <message>
        <source>Nothing resolved this week yet</source>
        <translation>Nothing resolved this week yet</translation>
    </message>
    <message>
        <source>Resolved tickets show here with the customer's satisfaction.</source>
        <translation>Resolved tickets show here with the customer's satisfaction.</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>No tickets</translation>
    </message>
    <message>
        <source>A ticket is a customer's request or complaint, with a promised time to answer it.</source>
        <translation>A ticket is a customer's request or complaint, with a promised time to answer it.</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New deal “%1” in %2</source>
        <translation>New deal “%1” in %2</translation>
    </message>
    <message>
        <source>Deal “%1” moved to %2</source>
        <translation>Deal “%1” moved to %2</translation>
    </message>
    <message>
        <source>Ticket opened: %1</source>
        <translation>Ticket opened: %1</translation>
    </message>
    <message>
        <source>Ticket resolved: %1</source>
        <translation>Ticket resolved: %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Task done: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>rapport::TodayScreen</name>
    <message>
        <source>Tasks due</source>
        <translation>Tasks due</translation>
    </message>
    <message>
        <source>Nothing overdue or due today. Nice work.</source>
        <translation>Nothing overdue or due today. Nice work.</translation>
    </message>
    <message>
        <source>Deals past their close date</source>
        <translation>Deals past their close date</translation>
    </message>
    <message>
        <source>Every open deal is still within its expected close date.</source>
        <translation>Every open deal is still within its expected close date.</translation>
    </message>
    <message>
        <source>Tickets at risk</source>
        <translation>Tickets at risk</translation>
    </message>
    <message>
        <source>No ticket is close to missing its promised resolution time.</source>
        <translation>No ticket is close to missing its promised resolution time.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>overdue, %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>Show all %1 in Tasks</source>
        <translation>Show all %1 in Tasks</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>dddd, MMMM d</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message>
        <source>late, was due %1</source>
        <translation>late, was due %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
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
        <translation>Needs attention: %1</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation>Birthdays and anniversaries</translation>
    </message>
    <message>
        <source>No birthdays or customer anniversaries coming up.</source>
        <translation>No birthdays or customer anniversaries coming up.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) a customer</source>
        <translation><numerusform>%n year a customer</numerusform><numerusform>%n years a customer</numerusform></translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>turns %1</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::VCardReader</name>
    <message>
        <source>Line %1 contains bytes that are not valid %2; they were replaced.</source>
        <translation>Line %1 contains bytes that are not valid %2; they were replaced.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 has no END:VCARD before line %2; what it contains so far was read.</source>
        <translation>The card that starts on line %1 has no END:VCARD before line %2; what it contains so far was read.</translation>
    </message>
    <message>
        <source>Line %1 is outside any card and was ignored.</source>
        <translation>Line %1 is outside any card and was ignored.</translation>
    </message>
    <message>
        <source>Line %1: the birthday "%2" is not a date that can be read.</source>
        <translation>Line %1: the birthday "%2" is not a date that can be read.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB; that is not a contacts file.</source>
        <translation>%1 is larger than 1 GB; that is not a contacts file.</translation>
    </message>
    <message>
        <source>No contacts were found in %1. Is it a vCard (.vcf) file?</source>
        <translation>No contacts were found in %1. Is it a vCard (.vcf) file?</translation>
    </message>
</context>
<context>
    <name>rapport::ValueTiers</name>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>At-risk</translation>
    </message>
    <message>
        <source>No recent purchase</source>
        <translation>No recent purchase</translation>
    </message>
    <message>
        <source>Customers with at least one won deal in the 24 months up to the end of the period. Each gets three scores from 1 to 5 by fifths of all these customers: recency (how recent the last purchase is), frequency (how many purchases) and monetary (how much was won, in the business currency); customers with equal values get equal scores. At-risk: valuable before (frequency + monetary 7 or more) but recency 2 or less, or an average satisfaction of 2 or less, or %1 or more tickets in the last %2 days. Important: recency 3 or more and frequency + monetary 8 or more. Major: the three scores add up to 9 or more. General: everyone else. Lifetime value is everything won so far plus open deals times their stage's win probability.</source>
        <translation>Customers with at least one won deal in the 24 months up to the end of the period. Each gets three scores from 1 to 5 by fifths of all these customers: recency (how recent the last purchase is), frequency (how many purchases) and monetary (how much was won, in the business currency); customers with equal values get equal scores. At-risk: valuable before (frequency + monetary 7 or more) but recency 2 or less, or an average satisfaction of 2 or less, or %1 or more tickets in the last %2 days. Important: recency 3 or more and frequency + monetary 8 or more. Major: the three scores add up to 9 or more. General: everyone else. Lifetime value is everything won so far plus open deals times their stage's win probability.</translation>
    </message>
    <message>
        <source>Bought recently, often and for a lot: among your best customers.</source>
        <translation>Bought recently, often and for a lot: among your best customers.</translation>
    </message>
    <message>
        <source>High value overall from how recently, how often and how much they bought.</source>
        <translation>High value overall from how recently, how often and how much they bought.</translation>
    </message>
    <message>
        <source>Bought in the last 24 months, not among the most valuable.</source>
        <translation>Bought in the last 24 months, not among the most valuable.</translation>
    </message>
    <message>
        <source>Valuable before but no recent purchase, or unhappy: low satisfaction or many recent tickets.</source>
        <translation>Valuable before but no recent purchase, or unhappy: low satisfaction or many recent tickets.</translation>
    </message>
    <message>
        <source>No won deal in the last 24 months, so no value tier.</source>
        <translation>No won deal in the last 24 months, so no value tier.</translation>
    </message>
    <message>
        <source>Tiers are worked out every day from won deals of the last 24 months (recency, frequency, amount).</source>
        <translation>Tiers are worked out every day from won deals of the last 24 months (recency, frequency, amount).</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomeWindow</name>
    <message>
        <source>Start Empty</source>
        <translation>Start Empty</translation>
    </message>
    <message>
        <source>Try with Sample Data</source>
        <translation>Try with Sample Data</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Welcome to Rapport</translation>
    </message>
    <message>
        <source>Keep every customer, deal and support request in one place: a single file on this computer that only you control. It works offline.</source>
        <translation>Keep every customer, deal and support request in one place: a single file on this computer that only you control. It works offline.</translation>
    </message>
    <message>
        <source>e.g. Harbour Street Bakery</source>
        <translation>e.g. Harbour Street Bakery</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Your data will be kept in %1</source>
        <translation>Your data will be kept in %1</translation>
    </message>
    <message>
        <source>Fills Rapport with made-up customers, deals and tickets so you can look around.</source>
        <translation>Fills Rapport with made-up customers, deals and tickets so you can look around.</translation>
    </message>
    <message>
        <source>Creating sample customers, deals and tickets…</source>
        <translation>Creating sample customers, deals and tickets…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Open an existing database…</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, EUR or CNY.</source>
        <translation>Use a three-letter currency code such as USD, EUR or CNY.</translation>
    </message>
    <message>
        <source>Sample data was not added. You can start empty or try again.</source>
        <translation>Sample data was not added. You can start empty or try again.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>rapport::WinRate</name>
    <message>
        <source>Deals closed in the period, by the month they closed. Win rate is won deals divided by won and lost deals (open deals do not count). Days to win run from a deal's creation to its win; the median is the middle value, so one very slow deal does not move it. Days in each stage run from entering the stage to the next stage change, over every visit by a deal closed in the period. Lost reasons are the five most frequent among deals lost in the period.</source>
        <translation>Deals closed in the period, by the month they closed. Win rate is won deals divided by won and lost deals (open deals do not count). Days to win run from a deal's creation to its win; the median is the middle value, so one very slow deal does not move it. Days in each stage run from entering the stage to the next stage change, over every visit by a deal closed in the period. Lost reasons are the five most frequent among deals lost in the period.</translation>
    </message>
</context>
<context>
    <name>rapport::cli::ReportCommand</name>
    <message>
        <source>Writing PDF: %1%</source>
        <translation>Writing PDF: %1%</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation><numerusform>Wrote %1 (%n page).</numerusform><numerusform>Wrote %1 (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>Definition: </source>
        <translation>Definition: </translation>
    </message>
</context>
</TS>
