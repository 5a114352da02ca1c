// meetingsPage(from, to, network, initiative, institution, person, first, after): the meetings of
// meetingsBetween in (date, startTime, id) order, untimed last on their day: the $first + 1
// after the cursor ($afterDate, $afterTime, $afterId; null for the first page), so the
// resolver knows whether another page follows, and how many the range holds in all.
// $lower is the later of $from and the cursor's date: the seek starts there, not at $from.
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
// Scoped: every meeting of the scope in the range, from the scope's initiatives (a few hundred)
// and the person's.
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
  RETURN collect(meeting) AS scopedMeetings
}
// Unscoped: those that began before the range and reach into it (few; found once, for the
// count and the page), and the rest counted on the date index without reading a meeting.
CALL (unscoped) {
  UNWIND CASE WHEN unscoped THEN [true] ELSE [] END AS carried
  MATCH (meeting:Meeting) WHERE meeting.endDate >= date($from) AND meeting.date < date($from)
  RETURN collect(meeting) AS carriedIn
}
CALL (unscoped) {
  UNWIND CASE WHEN unscoped THEN [true] ELSE [] END AS counted
  MATCH (meeting:Meeting) WHERE date($from) <= meeting.date <= date($to)
  RETURN count(meeting) AS inRange
}
// Unscoped: an index seek from the cursor's day, in index order, that stops after a page
// (its own subquery: in a UNION the planner sorts the whole rest of the range instead).
CALL (unscoped) {
  UNWIND CASE WHEN unscoped THEN [true] ELSE [] END AS seek
  CALL (seek) {
    MATCH (meeting:Meeting) WHERE date($lower) <= meeting.date <= date($to)
      AND ($afterDate IS NULL OR meeting.date > date($afterDate) OR (meeting.date = date($afterDate) AND
        CASE WHEN $afterTime IS NULL THEN meeting.startTime IS NULL AND meeting.id > $afterId
        ELSE meeting.startTime IS NULL OR meeting.startTime > localtime($afterTime)
          OR (meeting.startTime = localtime($afterTime) AND meeting.id > $afterId) END))
    RETURN meeting ORDER BY meeting.date, meeting.startTime, meeting.id LIMIT $first + 1
  }
  RETURN collect(meeting) AS sought
}
// The few that need no seek: the scope's meetings, or those carried into the range.
CALL (scopedMeetings, carriedIn) {
  UNWIND scopedMeetings + carriedIn AS meeting
  WITH meeting
  WHERE $afterDate IS NULL OR meeting.date > date($afterDate) OR (meeting.date = date($afterDate) AND
    CASE WHEN $afterTime IS NULL THEN meeting.startTime IS NULL AND meeting.id > $afterId
    ELSE meeting.startTime IS NULL OR meeting.startTime > localtime($afterTime)
      OR (meeting.startTime = localtime($afterTime) AND meeting.id > $afterId) END)
  RETURN collect(meeting) AS others
}
CALL (sought, others) {
  UNWIND sought + others AS meeting
  WITH meeting ORDER BY meeting.date, meeting.startTime, meeting.id LIMIT $first + 1
  RETURN collect(meeting {
    .id, .title, .date, .endDate, .startTime, .endTime, .mode, .place,
    forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name, f.id RETURN f {.id, .name} },
    initiatives: COLLECT {
      MATCH (meeting)-[:SERVES]->(i:Initiative) OPTIONAL MATCH (i)-[:UNDER_SCHEME]->(s:Scheme)
      WITH i, s ORDER BY i.name, i.id RETURN i {.id, .name, schemeId: s.id}
    }
  }) AS meetings
}
RETURN $network IS NULL OR network IS NOT NULL AS networkKnown,
       $initiative IS NULL OR initiative IS NOT NULL AS initiativeKnown,
       $institution IS NULL OR institution IS NOT NULL AS institutionKnown,
       $person IS NULL OR person IS NOT NULL AS personKnown,
       inRange + size(carriedIn) + size(scopedMeetings) AS totalCount, meetings
