// uncoveredMunicipalities(network, scheme, targetGroup): members that no initiative of the scheme reaches.
OPTIONAL MATCH (network:Network {id: $network})
OPTIONAL MATCH (scheme:Scheme {id: $scheme})
CALL (network) {
  OPTIONAL MATCH (network)-[:HAS_MEMBER]->(member:Municipality)
  OPTIONAL MATCH (initiative:Initiative)-[:COVERS]->(member)
  WHERE ($scheme IS NULL OR EXISTS { (initiative)-[:UNDER_SCHEME]->(:Scheme {id: $scheme}) })
    AND ($targetGroup IS NULL OR $targetGroup IN coalesce(initiative.targetGroups, []))
  WITH member, collect(initiative) AS reaching
  ORDER BY member.name, member.id
  RETURN collect(CASE WHEN size(reaching) = 0 THEN member {.id, .name} END) AS uncovered,
         reduce(all = [], r IN collect(reaching) | all + r) AS reached
}
CALL (reached) {
  UNWIND reached AS initiative
  WITH DISTINCT initiative
  OPTIONAL MATCH (initiative)-[:UNDER_SCHEME]->(s:Scheme)
  WITH initiative, s ORDER BY initiative.name, initiative.id
  RETURN collect(initiative {.id, .name, schemeId: s.id}) AS initiatives
}
RETURN network IS NOT NULL AS networkKnown,
       $scheme IS NULL OR scheme IS NOT NULL AS schemeKnown,
       network {.id, .name, .county} AS network,
       coalesce(network.membershipKnown, false) AS membershipKnown,
       CASE WHEN network.membershipKnown THEN uncovered END AS municipalities,
       initiatives
