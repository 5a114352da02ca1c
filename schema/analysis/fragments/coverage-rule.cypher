// The coverage rule: the one place that decides what the documents say of a scheme (for a
// target group) in a municipality, used by coverageMap and uncoveredMunicipalities.
// In:  $scheme, $targetGroup (either may be null: any);
//      scope: the municipalities asked about, as maps {municipality, …}, in the order wanted;
//      networksAsked: networks whose recorded initiatives are wanted with or without a member in scope.
// Out: networks: {network, recorded} for each of networksAsked and each network with a member in scope;
//      coverage: scope's maps in their order, each with reaching, memberships ({network, recorded}),
//      recordedIn (the memberships with recorded initiatives) and status.
CALL (scope, networksAsked) {
  // The initiatives that count, found once from the scheme's side.
  CALL () {
    MATCH (s:Scheme)<-[:UNDER_SCHEME]-(initiative:Initiative)
    WHERE ($scheme IS NULL OR s.id = $scheme) AND ($targetGroup IS NULL OR $targetGroup IN coalesce(initiative.targetGroups, []))
    RETURN collect(initiative) AS counted
  }
  // Recorded for a network: the initiatives that count run by it, or naming one of its members.
  CALL (scope, networksAsked, counted) {
    CALL (scope, networksAsked) {
      UNWIND scope AS item
      WITH item.municipality AS m
      MATCH (m)<-[:HAS_MEMBER]-(network:Network)
      RETURN network
      UNION
      UNWIND networksAsked AS network
      RETURN network
    }
    WITH DISTINCT network
    CALL (network, counted) {
      CALL (network) {
        MATCH (initiative:Initiative)-[:RUN_BY]->(network) RETURN initiative
        UNION
        MATCH (network)-[:HAS_MEMBER]->(:Municipality)<-[:COVERS]-(initiative:Initiative) RETURN initiative
      }
      WITH initiative WHERE initiative IN counted
      WITH initiative ORDER BY initiative.name, initiative.id
      RETURN collect(initiative) AS recorded
    }
    RETURN collect({network: network, recorded: recorded}) AS networks
  }
  CALL (scope, networks, counted) {
    UNWIND range(0, size(scope) - 1) AS position
    WITH position, scope[position] AS item
    WITH position, item, item.municipality AS m
    // Reaching: the initiatives that count and name the municipality.
    CALL (m, counted) {
      OPTIONAL MATCH (initiative:Initiative)-[:COVERS]->(m) WHERE initiative IN counted
      WITH initiative ORDER BY initiative.name, initiative.id
      RETURN collect(initiative) AS reaching
    }
    CALL (m, networks) {
      OPTIONAL MATCH (network:Network)-[:HAS_MEMBER]->(m)
      WITH network ORDER BY network.name, network.id
      WITH collect(network) AS memberOf
      RETURN [n IN memberOf | head([x IN networks WHERE x.network = n])] AS memberships
    }
    WITH position, item, reaching, memberships, [x IN memberships WHERE size(x.recorded) > 0] AS recordedIn
    ORDER BY position
    RETURN collect(item {
      .*,
      reaching: reaching,
      memberships: memberships,
      recordedIn: recordedIn,
      status: CASE
        WHEN size(reaching) > 0 THEN 'COVERED'
        WHEN size(memberships) = 0 THEN 'UNKNOWN'
        WHEN size(recordedIn) > 0 THEN 'GAP'
        ELSE 'NOT_RECORDED'
      END
    }) AS coverage
  }
  RETURN networks, coverage
}
