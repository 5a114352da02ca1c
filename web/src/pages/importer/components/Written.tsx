import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import type { PlanAnswer, Ref, UploadAnswer } from "../api/import-upload";
import { summary, titleOf } from "../answer-text";

export function Written({ answer }: { answer: UploadAnswer }) {
  const title = titleOf(answer);
  return (
    <Alert data-color="success" role="status">
      <Heading level={3} data-size="xs">
        {answer.written ? "Importert" : "Ingenting å importere"}
      </Heading>
      <Paragraph>
        {answer.written
          ? `${title}: ${summary(answer, true)}`
          : `${title} står allerede i grafen slik ${answer.kind === "plan" ? "planen" : "regnearket"} sier.`}
      </Paragraph>
      {answer.kind === "plan" ? <PlanLinks answer={answer} /> : <NetworkLinks networks={answer.document.networks} />}
    </Alert>
  );
}

function PlanLinks({ answer }: { answer: PlanAnswer }) {
  const months = answer.changes
    .filter((c) => c.type === "meeting" && c.action !== "unchanged" && c.date)
    .map((c) => (c.date ?? "").slice(0, 7))
    .sort();
  const network = answer.document.network;
  if (!network) return null;
  return (
    <Paragraph>
      <Link href={`/arshjul?nettverk=${network}${months[0] ? `&maned=${months[0]}` : ""}`}>Se møtene i Årshjul</Link>
      {" · "}
      <Link href={`/nettverk/${network}`}>Se nettverkskortet</Link>
    </Paragraph>
  );
}

function NetworkLinks({ networks }: { networks: Ref[] }) {
  if (networks.length === 0) return null;
  return (
    <Paragraph>
      Se nettverkskortet for{" "}
      {networks.map((n, i) => (
        <span key={n.id}>
          {i > 0 && ", "}
          <Link href={`/nettverk/${n.id}`}>{n.name}</Link>
        </span>
      ))}
    </Paragraph>
  );
}
