// meetingConflicts(from, to): a person or institution expected at two or more meetings on one day.
// Expected at a meeting: the partner institutions of the initiatives it serves, the people who
// support the initiative's network on behalf of such a partner, and the initiative's working group.
CALL () {
  CALL () {
    MATCH (meeting:Meeting) WHERE date($from) <= meeting.date <= date($to)
    RETURN meeting
    UNION
    // Began before the range and reaches into it; two seeks instead of a scan of every meeting.
    MATCH (meeting:Meeting) WHERE meeting.endDate >= date($from) AND meeting.date < date($from)
    RETURN meeting
  }
  UNWIND range(0, duration.inDays(meeting.date, coalesce(meeting.endDate, meeting.date)).days) AS offset
  WITH meeting, meeting.date + duration({days: offset}) AS day
  WHERE date($from) <= day <= date($to)
  CALL (meeting) {
    MATCH (meeting)-[:SERVES]->(:Initiative)-[:PARTNER]->(party:Institution)
    RETURN party
    UNION
    MATCH (meeting)-[:SERVES]->(initiative:Initiative)-[:RUN_BY]->(:Network)<-[support:SUPPORTS]-(party:Person)
    WHERE EXISTS { (initiative)-[:PARTNER]->(:Institution {id: support.institution}) }
    RETURN party
    UNION
    MATCH (meeting)-[:SERVES]->(:Initiative)<-[:WORKS_ON]-(:WorkingGroup)<-[:MEMBER_OF]-(party:Person)
    RETURN party
  }
  WITH day, party, meeting ORDER BY meeting.startTime, meeting.title, meeting.id
  WITH day, party, collect(meeting) AS meetings
  WHERE size(meetings) > 1
  OPTIONAL MATCH (party)-[:PART_OF]->(parent:Institution)
  WITH day, party, parent, meetings ORDER BY day, party.name, party.id
  RETURN collect({
    date: day,
    person: CASE WHEN party:Person THEN party {.id, .name} END,
    institution: CASE WHEN party:Institution THEN party {.id, .name, .kind, parentId: parent.id} END,
    meetings: [meeting IN meetings | meeting {
      .id, .title, .date, .endDate, .startTime, .endTime, .mode, .place,
      forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name, f.id RETURN f {.id, .name} },
      initiatives: COLLECT {
        MATCH (meeting)-[:SERVES]->(i:Initiative) OPTIONAL MATCH (i)-[:UNDER_SCHEME]->(s:Scheme)
        WITH i, s ORDER BY i.name, i.id RETURN i {.id, .name, schemeId: s.id}
      }
    }]
  }) AS conflicts
}
RETURN conflicts
