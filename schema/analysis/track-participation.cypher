// trackParticipation: the networks known to take part in each track.
CALL () {
  MATCH (track:Track)
  OPTIONAL MATCH (network:Network)-[:TAKES_PART_IN]->(track)
  WITH track, network ORDER BY network.name, network.id
  WITH track, collect(network {.id, .name, .county}) AS networks
  ORDER BY track.number, track.id
  RETURN collect({
    trackId: track.id, number: track.number, title: track.title,
    participationRecorded: track.participationKnown,
    networks: CASE WHEN track.participationKnown THEN networks END
  }) AS tracks
}
RETURN tracks
