// personLoad(limit): people ranked by the number of networks they support.
CALL () {
  MATCH (person:Person)-[support:SUPPORTS]->(network:Network)
  WITH person,
       count(DISTINCT network) AS networks,
       count(CASE support.role WHEN 'PRIMARY' THEN 1 END) AS primary,
       count(CASE support.role WHEN 'BACKUP' THEN 1 END) AS backup
  OPTIONAL MATCH (person)-[:AFFILIATED_WITH]->(affiliation:Institution)
  OPTIONAL MATCH (affiliation)-[:PART_OF]->(parent:Institution)
  WITH person, networks, primary, backup, affiliation, parent
  ORDER BY networks DESC, person.name, person.id
  LIMIT $limit
  RETURN collect({
    person: person {.id, .name},
    affiliation: affiliation {.id, .name, .kind, parentId: parent.id},
    networks: networks, primary: primary, backup: backup
  }) AS people
}
RETURN people
