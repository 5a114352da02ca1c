import { Button, Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { explain, type MunicipalityRow } from "../../../shared/coverage";
import { coverageLabel } from "../../../shared/format";

/** One municipality: its status and why, its networks and initiatives, and the sources. */
export function MunicipalityDetails({
  row,
  schemeName,
  onClose,
}: {
  row: MunicipalityRow;
  schemeName: string | undefined;
  onClose: () => void;
}) {
  return (
    <Card data-color="neutral" className="details" aria-labelledby="kommune-detaljer">
      <Heading level={2} data-size="sm" id="kommune-detaljer">
        {row.name} ({row.number})
      </Heading>
      <Paragraph>
        <Tag data-color={row.status === "GAP" ? "danger" : row.status === "COVERED" ? "success" : "neutral"}>
          {coverageLabel[row.status]}
        </Tag>
      </Paragraph>
      <Paragraph>{explain(row, schemeName)}</Paragraph>
      <Heading level={3} data-size="2xs">
        Nettverk
      </Heading>
      {row.networks.length > 0 ? (
        <ul>
          {row.networks.map((n) => (
            <li key={n.network.id}>
              <Link href={`/nettverk/${n.network.id}`}>{n.network.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Ingen kjent.</Paragraph>
      )}
      {row.initiatives.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            Tiltak
          </Heading>
          <ul>
            {row.initiatives.map((i) => (
              <li key={i.id}>{i.name}</li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3} data-size="2xs">
        Kilder
      </Heading>
      <ul className="sources">
        {row.sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <Button variant="tertiary" data-size="sm" onClick={onClose}>
        Lukk
      </Button>
    </Card>
  );
}
