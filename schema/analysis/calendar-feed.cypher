// The iCalendar feed of a network (its initiatives' meetings) or of an initiative.
OPTIONAL MATCH (network:Network {id: $id})
OPTIONAL MATCH (initiative:Initiative {id: $id})
WITH coalesce(network, initiative) AS subject
CALL (subject) {
  MATCH (meeting:Meeting)-[:SERVES]->(served:Initiative)
  WHERE served = subject OR EXISTS { (served)-[:RUN_BY]->(subject) }
  WITH DISTINCT meeting ORDER BY meeting.date, meeting.startTime, meeting.title, meeting.id
  RETURN collect(meeting {
    .id, .title, .date, .endDate, .startTime, .endTime, .mode, .online, .place, .agenda, .text,
    forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name, f.id RETURN f.name },
    initiatives: COLLECT { MATCH (meeting)-[:SERVES]->(i:Initiative) WITH i ORDER BY i.name, i.id RETURN i.name }
  }) AS meetings
}
RETURN subject.name AS name, meetings
