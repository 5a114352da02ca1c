// The iCalendar feed of one id: a network (its initiatives' meetings), an initiative (the
// meetings that serve it or sit in its forums), an institution or a person (the meetings
// of what they take part in, each with the reason), or a forum (its meetings). When an
// id names several things, the first of that order wins. Each meeting says why it is in
// the feed, so that a person's or an institution's calendar does not claim attendance
// that no document states. Only the meetings on the days $from..$to, and none when they are
// more than $max (the feed is refused, not cut short): one row per meeting, or one row
// without a meeting when there is none to show.
OPTIONAL MATCH (network:Network {id: $id})
OPTIONAL MATCH (initiative:Initiative {id: $id})
OPTIONAL MATCH (institution:Institution {id: $id})
OPTIONAL MATCH (person:Person {id: $id})
OPTIONAL MATCH (forum:Forum {id: $id})
WITH CASE
       WHEN network IS NOT NULL THEN {node: network, kind: "network"}
       WHEN initiative IS NOT NULL THEN {node: initiative, kind: "initiative"}
       WHEN institution IS NOT NULL THEN {node: institution, kind: "institution"}
       WHEN person IS NOT NULL THEN {node: person, kind: "person"}
       WHEN forum IS NOT NULL THEN {node: forum, kind: "forum"}
     END AS subject
WITH subject, subject.node AS node, subject.kind AS kind
OPTIONAL CALL (node, kind) {
  CALL (node, kind) {
    // A network's, an initiative's or an institution's initiatives, each with why.
    MATCH (i:Initiative)-[:RUN_BY]->(node)
    WHERE kind = "network"
    RETURN i, null AS why
    UNION
    WITH node AS i
    WHERE kind = "initiative"
    RETURN i, null AS why
    UNION
    MATCH (i:Initiative)-[:PARTNER|RESPONSIBLE]->(:Institution)-[:PART_OF*0..1]->(node)
    WHERE kind = "institution"
    RETURN DISTINCT i, node.name + " er partner i " + i.name AS why
  }
  CALL (i) {
    MATCH (meeting:Meeting)-[:SERVES]->(i)
    RETURN meeting
    UNION
    MATCH (meeting:Meeting)-[:IN_FORUM]->(:Forum)-[:FORUM_OF]->(i)
    RETURN meeting
  }
  RETURN meeting, why
  UNION
  // Forums: their own meetings, and those of the forums an institution is stated to attend.
  MATCH (meeting:Meeting)-[:IN_FORUM]->(f:Forum)
  WHERE (kind = "forum" AND f = node)
     OR (kind = "institution" AND EXISTS { (node)-[:ATTENDS]->(f) })
  RETURN meeting, CASE WHEN kind = "forum" THEN null ELSE node.name + " er oppført som deltaker i " + f.name END AS why
  UNION
  // A person's: the initiatives of the networks they support and of their working groups,
  // and the forums they are stated to attend. The person argument of meetingsBetween,
  // meetingsPage and meetingCounts means the same: test/unit/analysis/cypher-alike.test.ts.
  WITH node AS person
  WHERE kind = "person"
  // ALIKE: a person's calendar
  CALL (person) {
    CALL (person) {
      MATCH (person)-[:SUPPORTS]->(via:Network)<-[:RUN_BY]-(i:Initiative)
      RETURN i, via
      UNION
      MATCH (person)-[:MEMBER_OF]->(via:WorkingGroup)-[:WORKS_ON]->(i:Initiative)
      RETURN i, via
    }
    CALL (i) {
      MATCH (meeting:Meeting)-[:SERVES]->(i)
      RETURN meeting
      UNION
      MATCH (meeting:Meeting)-[:IN_FORUM]->(:Forum)-[:FORUM_OF]->(i)
      RETURN meeting
    }
    RETURN meeting, i, via
    UNION
    MATCH (person)-[:ATTENDS]->(via:Forum)<-[:IN_FORUM]-(meeting:Meeting)
    RETURN meeting, null AS i, via
  }
  // ALIKE END
  RETURN meeting, CASE
      WHEN via:Network THEN person.name + " støtter " + via.name + ", som har " + i.name
      WHEN via:WorkingGroup THEN person.name + " er med i " + via.name
      ELSE person.name + " er oppført som deltaker i " + via.name
    END AS why
}
WITH subject, meeting, [reason IN collect(DISTINCT why) WHERE reason IS NOT NULL] AS reasons
WITH subject, collect(
    CASE WHEN meeting.date <= date($to) AND coalesce(meeting.endDate, meeting.date) >= date($from)
      THEN {meeting: meeting, reasons: reasons} END
  ) AS found
// Too many: counted, none projected ([null] keeps the one row an empty list would drop).
UNWIND CASE WHEN 0 < size(found) <= $max THEN found ELSE [null] END AS row
WITH subject, size(found) AS found, row.meeting AS meeting, row.reasons AS reasons
ORDER BY meeting.date, meeting.startTime, meeting.title, meeting.id
// A row per meeting, its values as text: the service reads them a few at a time.
RETURN subject.node.name AS name, found, meeting {
    .id, .title, .mode, .online, .place, .agenda, .text,
    date: toString(meeting.date), endDate: toString(meeting.endDate),
    startTime: toString(meeting.startTime), endTime: toString(meeting.endTime),
    reasons: reasons,
    forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name, f.id RETURN f.name },
    initiatives: COLLECT { MATCH (meeting)-[:SERVES]->(i:Initiative) WITH i ORDER BY i.name, i.id RETURN i.name }
  } AS meeting
