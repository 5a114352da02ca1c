// supportNetwork(county): every SUPPORTS relationship (to a network of the county), the edges
// of the graph whose metrics src/analysis/support-network.ts computes.
CALL () {
  MATCH (person:Person)-[support:SUPPORTS]->(network:Network)
  WHERE $county IS NULL OR network.county = $county
  OPTIONAL MATCH (institution:Institution {id: support.institution})
  OPTIONAL MATCH (institution)-[:PART_OF]->(parent:Institution)
  OPTIONAL MATCH (person)-[:AFFILIATED_WITH]->(affiliation:Institution)
  OPTIONAL MATCH (affiliation)-[:PART_OF]->(affiliationParent:Institution)
  WITH person, support, network, institution, parent, affiliation, affiliationParent
  ORDER BY person.id, network.id, support.institution, support.role
  RETURN collect({
    person: person {.id, .name},
    affiliation: affiliation {.id, .name, .kind, parentId: affiliationParent.id},
    network: network {.id, .name, .county},
    role: support.role,
    institutionId: support.institution,
    institution: institution {.id, .name, .kind, parentId: parent.id}
  }) AS supports
}
CALL () {
  OPTIONAL MATCH (network:Network {county: $county})
  RETURN $county IS NULL OR count(network) > 0 AS countyKnown
}
RETURN countyKnown, supports
