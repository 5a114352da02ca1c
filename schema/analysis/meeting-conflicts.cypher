// meetingConflicts(from, to, network, initiative, institution, person) and possibleMeetingConflicts (the
// same; $evidence and $meetingDetails: whether the operation asks for those): a person or institution at
// two or more meetings on one day. Stated: a document says they attend (a forum's "Hvem" names them).
// Derived, so only possible: a partner of an initiative the meeting serves, a person supporting the
// initiative's network on behalf of such a partner, a member of the initiative's working group. The
// scope arguments keep the conflicts with at least one meeting that meetingsBetween gives for them;
// the other meetings of such a conflict are in it whatever their scope.
// Kept alike with meetings-between.cypher (Cypher cannot share a subquery between
// statements): the parts between "ALIKE: <name>" and "ALIKE END", the range seek, the
// scope filter, a person's calendar and the ScheduledMeeting projection.
// test/unit/analysis/cypher-alike.test.ts holds them to it.
OPTIONAL MATCH (network:Network {id: $network})
OPTIONAL MATCH (initiative:Initiative {id: $initiative})
OPTIONAL MATCH (institution:Institution {id: $institution})
OPTIONAL MATCH (person:Person {id: $person})
// A person's meetings in the range, as in meetings-between.cypher.
CALL (person) {
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
  WITH DISTINCT meeting
  WHERE meeting.date <= date($to) AND coalesce(meeting.endDate, meeting.date) >= date($from)
  RETURN collect(meeting) AS personal
}
WITH network, initiative, institution, person, personal,
     $network IS NULL AND $initiative IS NULL AND $institution IS NULL AND $person IS NULL AS unscoped
// Scoped: the scope's meetings in the range, from the scope's initiatives (a few hundred) and the
// person's, and the days they fall on in it: only those days can hold a conflict in scope.
CALL (unscoped, personal) {
  UNWIND CASE WHEN unscoped THEN [] ELSE [true] END AS scoped
  CALL (scoped, personal) {
    CALL (scoped) {
      MATCH (scope:Initiative {id: $initiative}) RETURN scope
      UNION
      MATCH (:Network {id: $network})<-[:RUN_BY]-(scope:Initiative) RETURN scope
      UNION
      MATCH (:Institution {id: $institution})<-[:PART_OF*0..1]-(:Institution)<-[:PARTNER]-(scope:Initiative) RETURN scope
    }
    MATCH (scope)<-[:SERVES]-(meeting:Meeting)
    WHERE meeting.date <= date($to) AND coalesce(meeting.endDate, meeting.date) >= date($from)
    RETURN meeting
    UNION
    UNWIND personal AS meeting
    RETURN meeting
  }
  WITH DISTINCT meeting, personal
  // ALIKE: scope filter
  WHERE ($network IS NULL OR EXISTS { (meeting)-[:SERVES]->(:Initiative)-[:RUN_BY]->(:Network {id: $network}) })
    AND ($initiative IS NULL OR EXISTS { (meeting)-[:SERVES]->(:Initiative {id: $initiative}) })
    AND ($institution IS NULL OR EXISTS {
      MATCH (meeting)-[:SERVES]->(:Initiative)-[:PARTNER]->(partner:Institution)
      WHERE partner.id = $institution OR EXISTS { (partner)-[:PART_OF]->(:Institution {id: $institution}) }
    })
    AND ($person IS NULL OR meeting IN personal)
  // ALIKE END
  UNWIND range(0, duration.inDays(meeting.date, coalesce(meeting.endDate, meeting.date)).days) AS offset
  WITH meeting, meeting.date + duration({days: offset}) AS day
  WHERE date($from) <= day <= date($to)
  RETURN collect(DISTINCT meeting.id) AS scopeIds, collect(DISTINCT day) AS scopeDays
}
CALL (unscoped, scopeIds, scopeDays) {
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
  WHERE date($from) <= day <= date($to) AND (unscoped OR day IN scopeDays)
  WITH unscoped, scopeIds, collect({meeting: meeting, day: day}) AS held
  CALL (held) {
    UNWIND held AS h
    WITH h.meeting AS meeting, h.day AS day
    MATCH (meeting)-[:IN_FORUM]->(forum:Forum)<-[attends:ATTENDS]-(party)
    RETURN collect({day: day, meeting: meeting, party: party, evidence: {basis: 'FORUM_PARTICIPANT', stated: true, via: forum.name, asWritten: attends.asWritten, sources: [attends.source]}}) AS stated
  }
  // Who is derived to attend depends on the initiative alone: found once for each of the range's
  // initiatives, not again for each of their meetings.
  CALL (held) {
    UNWIND held AS h
    WITH h.meeting AS meeting, h.day AS day
    MATCH (meeting)-[:SERVES]->(initiative:Initiative)
    WITH initiative, collect({meeting: meeting, day: day}) AS served
    CALL (initiative) {
      MATCH (initiative)-[:PARTNER]->(party:Institution)
      RETURN party, {basis: 'INITIATIVE_PARTNER', stated: false, via: initiative.name, asWritten: null, sources: initiative.sources} AS evidence
      UNION
      // From the initiative's few partners to the supports on their behalf: not a look-up of each
      // support's institution, whose hundreds of partnerships would be expanded into.
      MATCH (initiative)-[:PARTNER]->(partner:Institution)
      MATCH (initiative)-[:RUN_BY]->(network:Network)<-[support:SUPPORTS]-(party:Person)
      WHERE support.institution = partner.id
      RETURN party, {basis: 'NETWORK_SUPPORTER', stated: false, via: network.name, asWritten: null, sources: [support.source]} AS evidence
      UNION
      MATCH (initiative)<-[:WORKS_ON]-(group:WorkingGroup)<-[:MEMBER_OF]-(party:Person)
      RETURN party, {basis: 'WORKING_GROUP_MEMBER', stated: false, via: group.name, asWritten: null, sources: group.sources} AS evidence
    }
    UNWIND served AS s
    RETURN collect({day: s.day, meeting: s.meeting, party: party, evidence: evidence}) AS derived
  }
  UNWIND stated + derived AS attendance
  // Once, as when a meeting serves two initiatives of one network: the same supporter of it.
  WITH DISTINCT unscoped, scopeIds, attendance.day AS day, attendance.meeting AS meeting, attendance.party AS party,
       attendance.evidence AS evidence
  WITH unscoped, scopeIds, day, party, meeting, evidence ORDER BY evidence.stated DESC, evidence.basis, evidence.via
  WITH unscoped, scopeIds, day, party, meeting, collect(evidence) AS evidence
  ORDER BY meeting.startTime, meeting.title, meeting.id
  WITH unscoped, scopeIds, day, party, collect({meeting: meeting, evidence: evidence}) AS attended
  WHERE size(attended) > 1 AND (unscoped OR any(a IN attended WHERE a.meeting.id IN scopeIds))
  // Projected only now: most of a busy day's meetings are in no conflict of the scope.
  UNWIND attended AS a
  WITH day, party, a.meeting AS meeting, a.evidence AS evidence
  WITH day, party, collect({
    stated: any(e IN evidence WHERE e.stated),
    // The evidence and the meetings' details only when the operation asks for them ($evidence,
    // $meetingDetails): a calendar's marks need the meetings' ids alone.
    evidence: CASE WHEN $evidence THEN [e IN evidence | e {.*, meetingId: meeting.id}] ELSE [] END,
    meeting: CASE WHEN NOT $meetingDetails THEN meeting {.id} ELSE meeting {
      // ALIKE: ScheduledMeeting
      .id, .title, .date, .endDate, .startTime, .endTime, .mode, .place,
      forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name, f.id RETURN f {.id, .name} },
      initiatives: COLLECT {
        MATCH (meeting)-[:SERVES]->(i:Initiative) OPTIONAL MATCH (i)-[:UNDER_SCHEME]->(s:Scheme)
        WITH i, s ORDER BY i.name, i.id RETURN i {.id, .name, schemeId: s.id}
      }
      // ALIKE END
    } END
  }) AS attended
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
RETURN $network IS NULL OR network IS NOT NULL AS networkKnown,
       $initiative IS NULL OR initiative IS NOT NULL AS initiativeKnown,
       $institution IS NULL OR institution IS NOT NULL AS institutionKnown,
       $person IS NULL OR person IS NOT NULL AS personKnown,
       conflicts, possible
