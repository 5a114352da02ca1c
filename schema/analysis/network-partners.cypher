// networkPartners(network): the network's partner institutions, through people and initiatives.
OPTIONAL MATCH (network:Network {id: $network})
CALL (network) {
  CALL (network) {
    MATCH (person:Person)-[support:SUPPORTS]->(network)
    RETURN support.institution AS institutionId,
           {person: person {.id, .name}, role: support.role, schemes: support.schemes, note: support.note} AS supporter,
           null AS initiative, support.schemes AS schemes
    UNION ALL
    MATCH (initiative:Initiative)-[:RUN_BY]->(network)
    MATCH (initiative)-[:PARTNER]->(institution:Institution)
    OPTIONAL MATCH (initiative)-[:UNDER_SCHEME]->(scheme:Scheme)
    RETURN institution.id AS institutionId, null AS supporter,
           initiative {.id, .name, schemeId: scheme.id} AS initiative, [scheme.id] AS schemes
  }
  WITH institutionId, supporter, initiative, schemes
  ORDER BY supporter.person.name, supporter.person.id, initiative.name, initiative.id
  WITH institutionId, collect(supporter) AS supporters, collect(initiative) AS initiatives,
       reduce(ids = [], s IN collect(schemes) | ids + s) AS schemeIds
  MATCH (institution:Institution {id: institutionId})
  OPTIONAL MATCH (institution)-[:PART_OF]->(parent:Institution)
  WITH institution, parent, supporters, initiatives,
       COLLECT { UNWIND schemeIds AS id WITH DISTINCT id WHERE id IS NOT NULL RETURN id ORDER BY id } AS schemes
  ORDER BY institution.name, institution.id
  RETURN collect({
    institution: institution {.id, .name, .kind, parentId: parent.id},
    supporters: supporters, initiatives: initiatives, schemes: schemes
  }) AS institutions
}
RETURN network IS NOT NULL AS networkKnown, network {.id, .name, .county} AS network, institutions
