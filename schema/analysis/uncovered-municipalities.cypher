// uncoveredMunicipalities(network, scheme, targetGroup): members that no initiative of the scheme reaches.
// A gap only where the documents show one: the membership is listed or inferred, and an
// initiative of the scheme (for the target group) is recorded for the network.
OPTIONAL MATCH (network:Network {id: $network})
OPTIONAL MATCH (scheme:Scheme {id: $scheme})
CALL (network) {
  OPTIONAL MATCH (network)-[:HAS_MEMBER]->(member:Municipality)
  OPTIONAL MATCH (initiative:Initiative)-[:COVERS]->(member)
  WHERE ($scheme IS NULL OR EXISTS { (initiative)-[:UNDER_SCHEME]->(:Scheme {id: $scheme}) })
    AND ($targetGroup IS NULL OR $targetGroup IN coalesce(initiative.targetGroups, []))
  WITH member, count(initiative) AS reaching
  ORDER BY member.name, member.id
  RETURN collect(CASE WHEN reaching = 0 THEN member {.id, .name} END) AS uncovered
}
// Recorded for the network: run by it, or reaching one of its members.
CALL (network) {
  CALL (network) {
    MATCH (initiative:Initiative)-[:RUN_BY]->(network) RETURN initiative
    UNION
    MATCH (network)-[:HAS_MEMBER]->(:Municipality)<-[:COVERS]-(initiative:Initiative) RETURN initiative
  }
  WITH initiative
  WHERE ($scheme IS NULL OR EXISTS { (initiative)-[:UNDER_SCHEME]->(:Scheme {id: $scheme}) })
    AND ($targetGroup IS NULL OR $targetGroup IN coalesce(initiative.targetGroups, []))
  OPTIONAL MATCH (initiative)-[:UNDER_SCHEME]->(s:Scheme)
  WITH initiative, s ORDER BY initiative.name, initiative.id
  RETURN collect(initiative {.id, .name, schemeId: s.id}) AS initiatives
}
WITH network, scheme, uncovered, initiatives, size(initiatives) > 0 AS schemeRecorded
RETURN network IS NOT NULL AS networkKnown,
       $scheme IS NULL OR scheme IS NOT NULL AS schemeKnown,
       network {.id, .name, .county} AS network,
       network.membershipStatus AS membershipStatus,
       network.membershipStatus <> 'UNKNOWN' AS membershipKnown,
       schemeRecorded,
       CASE WHEN network.membershipStatus <> 'UNKNOWN' AND schemeRecorded THEN uncovered END AS municipalities,
       initiatives,
       coalesce(network.membershipSources, []) AS membershipSources
