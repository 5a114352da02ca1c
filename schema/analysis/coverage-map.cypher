// coverageMap(scheme, targetGroup, county): every municipality in scope, and what the documents say of it there.
OPTIONAL MATCH (scheme:Scheme {id: $scheme})
WITH $scheme IS NULL OR scheme IS NOT NULL AS schemeKnown,
     coalesce(scheme.name, 'any scheme') + CASE WHEN $targetGroup IS NULL THEN '' ELSE ' for ' + $targetGroup END AS what
// The initiatives that count, found once from the scheme's side.
CALL () {
  MATCH (s:Scheme)<-[:UNDER_SCHEME]-(initiative:Initiative)
  WHERE ($scheme IS NULL OR s.id = $scheme) AND ($targetGroup IS NULL OR $targetGroup IN coalesce(initiative.targetGroups, []))
  RETURN collect(initiative) AS counted
}
CALL () {
  MATCH (county:County)
  WHERE $county IS NULL OR $county IN county.names OR county.number = $county
  WITH county ORDER BY county.number
  RETURN collect(county) AS counties
}
// The networks of the municipalities in scope, each once, with the initiatives of the
// scheme recorded for it: run by it, or naming one of its members.
CALL (counties, counted) {
  UNWIND counties AS county
  MATCH (county)<-[:IN_COUNTY]-(:Municipality)<-[:HAS_MEMBER]-(network:Network)
  WITH DISTINCT network
  CALL (network, counted) {
    CALL (network) {
      MATCH (initiative:Initiative)-[:RUN_BY]->(network) RETURN initiative
      UNION
      MATCH (network)-[:HAS_MEMBER]->(:Municipality)<-[:COVERS]-(initiative:Initiative) RETURN initiative
    }
    WITH initiative WHERE initiative IN counted
    WITH initiative ORDER BY initiative.name, initiative.id
    RETURN collect(initiative) AS recorded
  }
  RETURN collect({network: network, recorded: recorded}) AS networks
}
CALL (counties, networks, what, counted) {
  UNWIND counties AS county
  MATCH (county)<-[:IN_COUNTY]-(m:Municipality)
  CALL (m, counted) {
    OPTIONAL MATCH (initiative:Initiative)-[:COVERS]->(m) WHERE initiative IN counted
    WITH initiative ORDER BY initiative.name, initiative.id
    RETURN collect(initiative {
      .id, .name, .sources,
      schemeId: coalesce($scheme, COLLECT { MATCH (initiative)-[:UNDER_SCHEME]->(s:Scheme) RETURN s.id }[0])
    }) AS reaching
  }
  CALL (m, networks) {
    OPTIONAL MATCH (network:Network)-[:HAS_MEMBER]->(m)
    WITH network ORDER BY network.name, network.id
    WITH collect(network) AS memberOf
    RETURN [n IN memberOf | head([x IN networks WHERE x.network = n])] AS memberships
  }
  WITH county, m, reaching, memberships, what,
       [x IN memberships WHERE size(x.recorded) > 0] AS recordedIn,
       reduce(names = '', x IN memberships | names + CASE WHEN names = '' THEN '' ELSE ', ' END + x.network.name) AS networkNames
  WITH county, m, reaching, memberships, recordedIn, networkNames, what,
       CASE
         WHEN size(reaching) > 0 THEN 'COVERED'
         WHEN size(memberships) = 0 THEN 'UNKNOWN'
         WHEN size(recordedIn) > 0 THEN 'GAP'
         ELSE 'NOT_RECORDED'
       END AS status
  WITH county, m, reaching, memberships, recordedIn, status,
       CASE status
         WHEN 'COVERED' THEN 'Named by ' + reduce(names = '', i IN reaching | names + CASE WHEN names = '' THEN '' ELSE ', ' END + i.name) + ' (' + what + ').'
         WHEN 'UNKNOWN' THEN 'No network is known to have it as a member: no document lists or names its network.'
         WHEN 'GAP' THEN 'Member of ' + networkNames + '; ' + what + ' is recorded there, but no initiative of it names this municipality.'
         ELSE 'Member of ' + networkNames + ', but no initiative of ' + what + ' is recorded there.'
       END AS reason,
       CASE status
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
