// Returns: nothing. Unique seq for the audit trail's entries (audit-append): one entry per number, and
// an index for paging the trail by seq (audit-page).
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.seq IS UNIQUE
