// meetingsBetween(from, to, network, initiative, institution): meetings on the days from..to.
OPTIONAL MATCH (network:Network {id: $network})
OPTIONAL MATCH (initiative:Initiative {id: $initiative})
OPTIONAL MATCH (institution:Institution {id: $institution})
CALL () {
  MATCH (meeting:Meeting)
  WHERE meeting.date <= date($to) AND coalesce(meeting.endDate, meeting.date) >= date($from)
    AND ($network IS NULL OR EXISTS { (meeting)-[:SERVES]->(:Initiative)-[:RUN_BY]->(:Network {id: $network}) })
    AND ($initiative IS NULL OR EXISTS { (meeting)-[:SERVES]->(:Initiative {id: $initiative}) })
    AND ($institution IS NULL OR EXISTS {
      MATCH (meeting)-[:SERVES]->(:Initiative)-[:PARTNER]->(partner:Institution)
      WHERE partner.id = $institution OR EXISTS { (partner)-[:PART_OF]->(:Institution {id: $institution}) }
    })
  WITH meeting ORDER BY meeting.date, meeting.startTime, meeting.title
  RETURN collect(meeting {
    .id, .title, .date, .endDate, .startTime, .endTime, .mode, .place,
    forums: COLLECT { MATCH (meeting)-[:IN_FORUM]->(f:Forum) WITH f ORDER BY f.name RETURN f {.id, .name} },
    initiatives: COLLECT {
      MATCH (meeting)-[:SERVES]->(i:Initiative) OPTIONAL MATCH (i)-[:UNDER_SCHEME]->(s:Scheme)
      WITH i, s ORDER BY i.name RETURN i {.id, .name, schemeId: s.id}
    }
  }) AS meetings
}
RETURN $network IS NULL OR network IS NOT NULL AS networkKnown,
       $initiative IS NULL OR initiative IS NOT NULL AS initiativeKnown,
       $institution IS NULL OR institution IS NOT NULL AS institutionKnown,
       meetings
