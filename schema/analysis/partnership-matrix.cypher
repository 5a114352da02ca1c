// partnershipMatrix(county, scheme, rollUpUnits): one record, the whole matrix.
OPTIONAL MATCH (scheme:Scheme {id: $scheme})
WITH $scheme IS NULL OR scheme IS NOT NULL AS schemeKnown
CALL () {
  MATCH (network:Network)
  WHERE $county IS NULL OR network.county = $county
  WITH network ORDER BY network.name, network.id
  RETURN collect(network) AS networks
}
CALL (networks) {
  UNWIND networks AS network
  MATCH (person:Person)-[support:SUPPORTS]->(network)
  WHERE $scheme IS NULL OR $scheme IN support.schemes
  MATCH (institution:Institution {id: support.institution})
  OPTIONAL MATCH (institution)-[:PART_OF]->(parent:Institution)
  WITH network, person, support,
       CASE WHEN $rollUpUnits THEN coalesce(parent, institution) ELSE institution END AS column
  ORDER BY person.name, person.id
  WITH network, column,
       collect(CASE support.role WHEN 'PRIMARY' THEN person {.id, .name} END) AS primary,
       collect(CASE support.role WHEN 'BACKUP' THEN person {.id, .name} END) AS backup
  RETURN collect({network: network.id, column: column.id, primary: primary, backup: backup}) AS cells,
         collect(DISTINCT column) AS columns
}
WITH schemeKnown, networks, cells,
     COLLECT { UNWIND columns AS c WITH c ORDER BY c.name, c.id RETURN c } AS columns
CALL (columns) {
  UNWIND columns AS c
  OPTIONAL MATCH (c)-[:PART_OF]->(p:Institution)
  RETURN collect(c {.id, .name, .kind, parentId: p.id}) AS institutions
}
RETURN schemeKnown,
       $county IS NULL OR size(networks) > 0 AS countyKnown,
       institutions,
       [network IN networks | {
         network: network {.id, .name, .county},
         cells: [institution IN institutions | {
           institution: institution,
           primary: coalesce(head([cell IN cells WHERE cell.network = network.id AND cell.column = institution.id | cell.primary]), []),
           backup: coalesce(head([cell IN cells WHERE cell.network = network.id AND cell.column = institution.id | cell.backup]), [])
         }]
       }] AS rows
