// coverageMap(scheme, targetGroup, county): every municipality in scope, and what the documents say of it there.
OPTIONAL MATCH (scheme:Scheme {id: $scheme})
WITH $scheme IS NULL OR scheme IS NOT NULL AS schemeKnown,
     coalesce(scheme.name, 'any scheme') + CASE WHEN $targetGroup IS NULL THEN '' ELSE ' for ' + $targetGroup END AS what
CALL () {
  MATCH (county:County)
  WHERE $county IS NULL OR $county IN county.names OR county.number = $county
  WITH county ORDER BY county.number
  RETURN collect(county) AS counties
}
CALL (counties) {
  UNWIND counties AS county
  MATCH (county)<-[:IN_COUNTY]-(m:Municipality)
  WITH county, m ORDER BY county.number, m.number
  RETURN collect({municipality: m, county: county}) AS scope
}
WITH schemeKnown, what, counties, scope, [] AS networksAsked
// include fragments/coverage-rule.cypher
CALL (coverage, what) {
  UNWIND coverage AS row
  WITH row, row.municipality AS m, row.county AS county, row.memberships AS memberships, row.recordedIn AS recordedIn,
       [i IN row.reaching | i {
         .id, .name, .sources,
         schemeId: coalesce($scheme, COLLECT { MATCH (i)-[:UNDER_SCHEME]->(s:Scheme) RETURN s.id }[0])
       }] AS reaching,
       reduce(names = '', x IN row.memberships | names + CASE WHEN names = '' THEN '' ELSE ', ' END + x.network.name) AS networkNames
  WITH m, county, reaching, memberships, recordedIn, row.status AS status,
       CASE row.status
         WHEN 'COVERED' THEN 'Named by ' + reduce(names = '', i IN reaching | names + CASE WHEN names = '' THEN '' ELSE ', ' END + i.name) + ' (' + what + ').'
         WHEN 'UNKNOWN' THEN 'No network is known to have it as a member: no document lists or names its network.'
         WHEN 'GAP' THEN 'Member of ' + networkNames + '; ' + what + ' is recorded there, but no initiative of it names this municipality.'
         ELSE 'Member of ' + networkNames + ', but no initiative of ' + what + ' is recorded there.'
       END AS reason,
       CASE row.status
         WHEN 'COVERED' THEN reduce(all = [], i IN reaching | all + i.sources)
         WHEN 'UNKNOWN' THEN m.sources
         WHEN 'GAP' THEN reduce(all = [], x IN recordedIn | all + x.network.membershipSources + reduce(more = [], i IN x.recorded | more + i.sources))
         ELSE reduce(all = [], x IN memberships | all + x.network.membershipSources)
       END AS sources
  ORDER BY county.number, m.number
  RETURN collect({
    id: m.id, number: m.number, name: m.name,
    county: county {.id, .number, .name},
    networks: [x IN memberships | {
      network: {id: x.network.id, name: x.network.name, county: x.network.county},
      membershipStatus: x.network.membershipStatus,
      schemeRecorded: size(x.recorded) > 0
    }],
    status: status, reason: reason,
    initiatives: [i IN reaching | i {.id, .name, .schemeId}],
    sources: COLLECT { UNWIND sources AS source WITH DISTINCT source RETURN source }
  }) AS rows
}
RETURN schemeKnown,
       $county IS NULL OR size(counties) > 0 AS countyKnown,
       rows AS municipalities,
       [county IN counties | {
         county: county {.id, .number, .name},
         covered: size([row IN rows WHERE row.county.id = county.id AND row.status = 'COVERED']),
         gap: size([row IN rows WHERE row.county.id = county.id AND row.status = 'GAP']),
         notRecorded: size([row IN rows WHERE row.county.id = county.id AND row.status = 'NOT_RECORDED']),
         unknown: size([row IN rows WHERE row.county.id = county.id AND row.status = 'UNKNOWN']),
         municipalities: size([row IN rows WHERE row.county.id = county.id])
       }] AS counties
