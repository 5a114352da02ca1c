// fragileNetworks(county): networks whose support rests on one person or one institution, or on none.
CALL () {
  MATCH (network:Network)
  WHERE $county IS NULL OR network.county = $county
  CALL (network) {
    OPTIONAL MATCH (person:Person)-[:SUPPORTS]->(network)
    WITH DISTINCT person ORDER BY person.name, person.id
    RETURN collect(person {.id, .name}) AS people
  }
  CALL (network) {
    CALL (network) {
      MATCH (:Person)-[support:SUPPORTS]->(network)
      MATCH (institution:Institution {id: support.institution})
      RETURN institution
      UNION
      MATCH (network)<-[:RUN_BY]-(:Initiative)-[:PARTNER]->(institution:Institution)
      RETURN institution
    }
    OPTIONAL MATCH (institution)-[:PART_OF]->(parent:Institution)
    WITH institution, parent ORDER BY institution.name, institution.id
    RETURN collect(institution {.id, .name, .kind, parentId: parent.id}) AS institutions
  }
  WITH network, people, institutions,
       CASE WHEN size(people) = 0 AND size(institutions) = 0 THEN ['NO_SUPPORT'] ELSE [] END +
       CASE WHEN size(people) = 1 THEN ['SINGLE_PERSON'] ELSE [] END +
       CASE WHEN size(institutions) = 1 THEN ['SINGLE_INSTITUTION'] ELSE [] END AS reasons
  WHERE size(reasons) > 0
  WITH network, people, institutions, reasons ORDER BY network.name, network.id
  RETURN collect({network: network {.id, .name, .county}, reasons: reasons, people: people, institutions: institutions}) AS networks
}
CALL () {
  OPTIONAL MATCH (network:Network {county: $county})
  RETURN $county IS NULL OR count(network) > 0 AS countyKnown
}
RETURN countyKnown, networks
