// institutionReach(institution, includeUnits): the networks the institution supports.
OPTIONAL MATCH (institution:Institution {id: $institution})
OPTIONAL MATCH (institution)-[:PART_OF]->(parent:Institution)
CALL (institution) {
  OPTIONAL MATCH (unit:Institution)-[:PART_OF]->(institution)
  WHERE $includeUnits
  WITH institution, collect(unit) AS units
  UNWIND [institution] + units AS c
  OPTIONAL MATCH (c)-[:PART_OF]->(p:Institution)
  WITH c, p ORDER BY c.name, c.id
  RETURN collect(c {.id, .name, .kind, parentId: p.id}) AS counted
}
CALL (counted) {
  CALL (counted) {
    MATCH (person:Person)-[support:SUPPORTS]->(network:Network)
    WHERE support.institution IN [c IN counted | c.id]
    RETURN network,
           {person: person {.id, .name}, role: support.role, schemes: support.schemes, note: support.note} AS supporter,
           null AS initiative
    UNION ALL
    MATCH (initiative:Initiative)-[:PARTNER]->(partner:Institution)
    WHERE partner.id IN [c IN counted | c.id]
    MATCH (initiative)-[:RUN_BY]->(network:Network)
    OPTIONAL MATCH (initiative)-[:UNDER_SCHEME]->(scheme:Scheme)
    RETURN network, null AS supporter, initiative {.id, .name, schemeId: scheme.id} AS initiative
  }
  WITH network, supporter, initiative
  ORDER BY supporter.person.name, supporter.person.id, initiative.name, initiative.id
  WITH network, collect(supporter) AS supporters, collect(DISTINCT initiative) AS initiatives
  ORDER BY network.name, network.id
  RETURN collect({network: network {.id, .name, .county}, supporters: supporters, initiatives: initiatives}) AS networks
}
RETURN institution IS NOT NULL AS institutionKnown,
       institution {.id, .name, .kind, parentId: parent.id} AS institution,
       counted, networks
