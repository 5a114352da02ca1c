// meetingConflicts(from, to) and possibleMeetingConflicts(from, to): a person or institution at two or
// more meetings on one day. Stated: a document says they attend (a forum's "Hvem" names them). Derived,
// so only possible: a partner of an initiative the meeting serves, a person supporting the initiative's
// network on behalf of such a partner, a member of the initiative's working group.
// Kept alike with meetings-between.cypher (Cypher cannot share a subquery between
// statements): the parts between "ALIKE: <name>" and "ALIKE END", the range seek and the
// ScheduledMeeting projection. test/analysis/cypher-alike.test.ts holds them to it.
CALL () {
  CALL () {
    // ALIKE: range seek
    MATCH (meeting:Meeting) WHERE date($from) <= meeting.date <= date($to)
    RETURN meeting
    UNION
    // Began before the range and reaches into it; two seeks instead of a scan of every meeting.
    MATCH (meeting:Meeting) WHERE meeting.endDate >= date($from) AND meeting.date < date($from)
    RETURN meeting
    // ALIKE END
  }
  UNWIND range(0, duration.inDays(meeting.date, coalesce(meeting.endDate, meeting.date)).days) AS offset
  WITH meeting, meeting.date + duration({days: offset}) AS day
  WHERE date($from) <= day <= date($to)
  CALL (meeting) {
    MATCH (meeting)-[:IN_FORUM]->(forum:Forum)<-[attends:ATTENDS]-(party)
    RETURN party, {basis: 'FORUM_PARTICIPANT', stated: true, via: forum.name, asWritten: attends.asWritten, sources: [attends.source]} AS evidence
    UNION
    MATCH (meeting)-[:SERVES]->(initiative:Initiative)-[:PARTNER]->(party:Institution)
    RETURN party, {basis: 'INITIATIVE_PARTNER', stated: false, via: initiative.name, asWritten: null, sources: initiative.sources} AS evidence
    UNION
    MATCH (meeting)-[:SERVES]->(initiative:Initiative)-[:RUN_BY]->(network:Network)<-[support:SUPPORTS]-(party:Person)
    WHERE EXISTS { (initiative)-[:PARTNER]->(:Institution {id: support.institution}) }
    RETURN party, {basis: 'NETWORK_SUPPORTER', stated: false, via: network.name, asWritten: null, sources: [support.source]} AS evidence
    UNION
    MATCH (meeting)-[:SERVES]->(:Initiative)<-[:WORKS_ON]-(group:WorkingGroup)<-[:MEMBER_OF]-(party:Person)
    RETURN party, {basis: 'WORKING_GROUP_MEMBER', stated: false, via: group.name, asWritten: null, sources: group.sources} AS evidence
  }
  WITH day, party, meeting, evidence ORDER BY evidence.stated DESC, evidence.basis, evidence.via
  WITH day, party, meeting, collect(evidence) AS evidence
  ORDER BY meeting.startTime, meeting.title, meeting.id
  WITH day, party, collect({
    stated: any(e IN evidence WHERE e.stated),
    evidence: [e IN evidence | e {.*, meetingId: meeting.id}],
    meeting: meeting {
      // ALIKE: ScheduledMeeting
      .id, .title, .date, .endDate, .startTime, .endTime, .mode, .place,
      forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name, f.id RETURN f {.id, .name} },
      initiatives: COLLECT {
        MATCH (meeting)-[:SERVES]->(i:Initiative) OPTIONAL MATCH (i)-[:UNDER_SCHEME]->(s:Scheme)
        WITH i, s ORDER BY i.name, i.id RETURN i {.id, .name, schemeId: s.id}
      }
      // ALIKE END
    }
  }) AS attended
  WHERE size(attended) > 1
  OPTIONAL MATCH (party)-[:PART_OF]->(parent:Institution)
  WITH day, party, parent, attended, all(a IN attended WHERE a.stated) AS stated
  ORDER BY day, party.name, party.id
  WITH stated, {
    date: day,
    certainty: CASE WHEN stated THEN 'STATED' ELSE 'POSSIBLE' END,
    person: CASE WHEN party:Person THEN party {.id, .name} END,
    institution: CASE WHEN party:Institution THEN party {.id, .name, .kind, parentId: parent.id} END,
    meetings: [a IN attended | a.meeting],
    // A stated conflict rests on the stated attendance alone; a possible one shows all of it.
    evidence: reduce(all = [], a IN attended | all + [e IN a.evidence WHERE NOT stated OR e.stated])
  } AS conflict
  RETURN collect(CASE WHEN stated THEN conflict END) AS conflicts, collect(CASE WHEN NOT stated THEN conflict END) AS possible
}
RETURN conflicts, possible
