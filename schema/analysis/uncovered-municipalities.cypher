// uncoveredMunicipalities(network, scheme, targetGroup): the members that the coverage rule
// finds a GAP. A gap only where the documents show one: the membership is listed or
// inferred, and an initiative of the scheme (for the target group) is recorded for the network.
OPTIONAL MATCH (network:Network {id: $network})
OPTIONAL MATCH (scheme:Scheme {id: $scheme})
CALL (network) {
  MATCH (network)-[:HAS_MEMBER]->(member:Municipality)
  WITH member ORDER BY member.name, member.id
  RETURN collect({municipality: member}) AS scope
}
WITH network, scheme, scope, [n IN [network] WHERE n IS NOT NULL] AS networksAsked
// include fragments/coverage-rule.cypher
WITH network, scheme, coverage, coalesce(head([x IN networks WHERE x.network = network]).recorded, []) AS recorded
WITH network, scheme, coverage, recorded, size(recorded) > 0 AS schemeRecorded
RETURN network IS NOT NULL AS networkKnown,
       $scheme IS NULL OR scheme IS NOT NULL AS schemeKnown,
       network {.id, .name, .county} AS network,
       network.membershipStatus AS membershipStatus,
       network.membershipStatus <> 'UNKNOWN' AS membershipKnown,
       schemeRecorded,
       CASE WHEN network.membershipStatus <> 'UNKNOWN' AND schemeRecorded
         THEN [row IN coverage WHERE row.status = 'GAP' | {id: row.municipality.id, name: row.municipality.name}]
       END AS municipalities,
       [i IN recorded | i {
         .id, .name,
         schemeId: coalesce($scheme, COLLECT { MATCH (i)-[:UNDER_SCHEME]->(s:Scheme) RETURN s.id }[0])
       }] AS initiatives,
       coalesce(network.membershipSources, []) AS membershipSources
