// Range indexes the analyses seek on, besides the uniqueness constraint on every id.
// Applied at start-up, idempotently (IF NOT EXISTS); one statement per line.
// meetingsBetween, meetingConflicts and date-filtered meeting lists: a seek, not a scan of every meeting.
CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date)
// Multi-day meetings that began before a range but reach into it.
CREATE INDEX meeting_end_date IF NOT EXISTS FOR (m:Meeting) ON (m.endDate)
// The graph's version (src/db/graph-version.ts): one node, kept single under concurrent first writes.
CREATE CONSTRAINT graph_version_key_unique IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE
