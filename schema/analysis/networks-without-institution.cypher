// networksWithoutInstitution(institution, county): networks no one from the institution (or its units) supports.
OPTIONAL MATCH (institution:Institution {id: $institution})
CALL (institution) {
  OPTIONAL MATCH (unit:Institution)-[:PART_OF]->(institution)
  WITH institution, collect(unit.id) AS units
  RETURN [institution.id] + units AS counted
}
CALL (counted) {
  MATCH (network:Network)
  WHERE ($county IS NULL OR network.county = $county)
    AND NOT EXISTS { MATCH (:Person)-[support:SUPPORTS]->(network) WHERE support.institution IN counted }
    AND NOT EXISTS { MATCH (network)<-[:RUN_BY]-(:Initiative)-[:PARTNER]->(partner:Institution) WHERE partner.id IN counted }
  WITH network ORDER BY network.name, network.id
  RETURN collect(network {.id, .name, .county}) AS networks
}
CALL () {
  OPTIONAL MATCH (network:Network {county: $county})
  RETURN $county IS NULL OR count(network) > 0 AS countyKnown
}
RETURN institution IS NOT NULL AS institutionKnown, countyKnown, networks
