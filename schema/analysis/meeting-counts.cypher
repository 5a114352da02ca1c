// meetingCounts(from, to, network, initiative, institution, person, by): how many meetings fall on each
// day ($by "DAY") or in each ISO week ("WEEK") of the range, every period of the range listed.
// A meeting counts on each of its days in the range, and once in each week it touches: for
// weeks, only its first day in the range and the Mondays after it count, so that the days
// can be counted (a count per day, then a sum per week) without telling meetings apart.
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
CALL (unscoped, personal) {
  CALL (unscoped, personal) {
    // Unscoped: each meeting's first day from the date index, without reading the meeting,
    UNWIND CASE WHEN unscoped THEN [true] ELSE [] END AS seek
    MATCH (meeting:Meeting) WHERE date($from) <= meeting.date <= date($to)
    RETURN meeting.date AS day
    UNION ALL
    // and the further days of the few over several days from the end-date index.
    UNWIND CASE WHEN unscoped THEN [true] ELSE [] END AS seek
    MATCH (meeting:Meeting) WHERE meeting.endDate >= date($from) AND meeting.date <= date($to)
    UNWIND range(1, duration.inDays(meeting.date, meeting.endDate).days) AS later
    WITH meeting.date + duration({days: later}) AS day
    WHERE date($from) <= day <= date($to) AND ($by = "DAY" OR day = date($from) OR day.dayOfWeek = 1)
    RETURN day
    UNION ALL
    // Scoped: from the scope's initiatives, whose meetings are a few hundred, and the person's.
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
    UNWIND range(0, duration.inDays(meeting.date, coalesce(meeting.endDate, meeting.date)).days) AS later
    WITH meeting, meeting.date + duration({days: later}) AS day
    WHERE date($from) <= day <= date($to)
      AND ($by = "DAY" OR later = 0 OR day = date($from) OR day.dayOfWeek = 1)
    RETURN day
  }
  WITH day, count(*) AS meetings
  WITH CASE $by WHEN "WEEK" THEN date.truncate("week", day) ELSE day END AS period, sum(meetings) AS meetings
  RETURN collect({period: period, meetings: meetings}) AS counted
}
// Every period of the range, those without meetings as 0.
WITH network, initiative, institution, person, counted,
     CASE $by WHEN "WEEK" THEN date.truncate("week", date($from)) ELSE date($from) END AS first
WITH network, initiative, institution, person, counted,
     [offset IN range(0, duration.inDays(first, date($to)).days, CASE $by WHEN "WEEK" THEN 7 ELSE 1 END)
      | first + duration({days: offset})] AS periods
RETURN $network IS NULL OR network IS NOT NULL AS networkKnown,
       $initiative IS NULL OR initiative IS NOT NULL AS initiativeKnown,
       $institution IS NULL OR institution IS NOT NULL AS institutionKnown,
       $person IS NULL OR person IS NOT NULL AS personKnown,
       [period IN periods | {
         period: period,
         week: period.week,
         meetings: coalesce(head([c IN counted WHERE c.period = period | c.meetings]), 0)
       }] AS counts
