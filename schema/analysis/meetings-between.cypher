// meetingsBetween(from, to, network, initiative, institution, person): meetings on the days
// from..to, none when they are more than $pageSize (the resolver refuses the range).
// Kept alike with meeting-conflicts.cypher (Cypher cannot share a subquery between
// statements): the parts between "ALIKE: <name>" and "ALIKE END", the range seek and the
// ScheduledMeeting projection; and with calendar-feed.cypher, a person's calendar.
// test/unit/analysis/cypher-alike.test.ts holds them to it.
OPTIONAL MATCH (network:Network {id: $network})
OPTIONAL MATCH (initiative:Initiative {id: $initiative})
OPTIONAL MATCH (institution:Institution {id: $institution})
OPTIONAL MATCH (person:Person {id: $person})
// A person's meetings in the range: those of their calendar feed, found from the person
// (a few hundred at most), none without a person.
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
CALL (personal) {
  CALL (personal) {
    // Unscoped: two index seeks on the range instead of a scan of every meeting
    // (the UNWIND skips them, seeks and all, when a scope is given).
    UNWIND CASE WHEN $network IS NULL AND $initiative IS NULL AND $institution IS NULL AND $person IS NULL
      THEN [true] ELSE [] END AS unscoped
    CALL (unscoped) {
      // ALIKE: range seek
      MATCH (meeting:Meeting) WHERE date($from) <= meeting.date <= date($to)
      RETURN meeting
      UNION
      // Began before the range and reaches into it.
      MATCH (meeting:Meeting) WHERE meeting.endDate >= date($from) AND meeting.date < date($from)
      RETURN meeting
      // ALIKE END
    }
    RETURN meeting
    UNION
    // Scoped: from the scope's initiatives, whose meetings are a few hundred, not the thousands of a national month.
    CALL () {
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
  WITH meeting, personal
  // ALIKE: scope filter
  WHERE ($network IS NULL OR EXISTS { (meeting)-[:SERVES]->(:Initiative)-[:RUN_BY]->(:Network {id: $network}) })
    AND ($initiative IS NULL OR EXISTS { (meeting)-[:SERVES]->(:Initiative {id: $initiative}) })
    AND ($institution IS NULL OR EXISTS {
      MATCH (meeting)-[:SERVES]->(:Initiative)-[:PARTNER]->(partner:Institution)
      WHERE partner.id = $institution OR EXISTS { (partner)-[:PART_OF]->(:Institution {id: $institution}) }
    })
    AND ($person IS NULL OR meeting IN personal)
  // ALIKE END
  // More than a page of meetings is refused (src/analysis/calendar.ts): counted, and none projected.
  WITH collect(meeting) AS found
  CALL (found) {
    UNWIND CASE WHEN size(found) > $pageSize THEN [] ELSE found END AS meeting
    // The order of meetingsPage, so that its pages put together are this list.
    WITH meeting ORDER BY meeting.date, meeting.startTime, meeting.id
    RETURN collect(meeting {
      // ALIKE: ScheduledMeeting
      .id, .title, .date, .endDate, .startTime, .endTime, .mode, .place,
      forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name, f.id RETURN f {.id, .name} },
      initiatives: COLLECT {
        MATCH (meeting)-[:SERVES]->(i:Initiative) OPTIONAL MATCH (i)-[:UNDER_SCHEME]->(s:Scheme)
        WITH i, s ORDER BY i.name, i.id RETURN i {.id, .name, schemeId: s.id}
      }
      // ALIKE END
    }) AS meetings
  }
  RETURN size(found) AS found, meetings
}
RETURN $network IS NULL OR network IS NOT NULL AS networkKnown,
       $initiative IS NULL OR initiative IS NOT NULL AS initiativeKnown,
       $institution IS NULL OR institution IS NOT NULL AS institutionKnown,
       $person IS NULL OR person IS NOT NULL AS personKnown,
       found, meetings
