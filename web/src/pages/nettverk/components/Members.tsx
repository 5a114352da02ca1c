import { Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { membershipLabel } from "../../../shared/format";
import type { Network } from "../api/network-card";

export function Members({ network }: { network: Network }) {
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        Kommuner
      </Heading>
      <Paragraph>
        <Tag data-color={network.membershipStatus === "UNKNOWN" ? "warning" : "info"}>
          {membershipLabel[network.membershipStatus]}
        </Tag>
      </Paragraph>
      {network.members.length > 0 ? (
        <ul className="columns">
          {network.members.map((m) => (
            <li key={m.id}>
              {m.name} <span className="muted">({m.number})</span>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>
          Dokumentene sier ikke hvilke kommuner som er med. Det betyr ikke at nettverket ikke har noen.
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="muted">
        Kilde: {network.membershipSource}
      </Paragraph>
    </Card>
  );
}
