import {
  Alert,
  Button,
  EXPERIMENTAL_FileUpload as FileUpload,
  Field,
  Heading,
  Label,
  Paragraph,
  Spinner,
  Textfield,
} from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { Preview } from "./Preview";
import { useSessionToken } from "./token";
import { commitPreview, type ImportAnswer, ImportRefusal, type PlanAnswer, previewFile, type Ref } from "./upload";

/** What each refusal means for the editor, and what to do; the service's own words follow. */
const REFUSALS: Record<string, { title: string; advice: string }> = {
  UNAUTHENTICATED: {
    title: "Nøkkelen ble ikke godtatt",
    advice: "Glem nøkkelen og skriv inn en gyldig redaktørnøkkel.",
  },
  FORBIDDEN: {
    title: "Nøkkelen gir ikke lov til å importere",
    advice: "Importøren krever en nøkkel med redaktørrollen.",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: "Filtypen kan ikke importeres",
    advice:
      "Last opp planen som Word-dokument (.docx), som PDF med tekst (ikke skannet), eller som tekst i UTF-8 (.txt) med tabellene som tabulatordelte linjer; en medlemskaps- eller partnerskapstabell som Excel-fil (.xlsx) eller .csv med kolonnen «Nettverk».",
  },
  PAYLOAD_TOO_LARGE: {
    title: "Filen er for stor",
    advice: "En plan er vanligvis 3–40 kB tekst. Sjekk at du har valgt riktig fil.",
  },
  UNREADABLE_PLAN: {
    title: "Importøren kjenner ikke igjen planen",
    advice:
      "Den leser et årshjul eller en tiltakstabell (HVA, HVORDAN, MÅLGRUPPE, NÅR, ANSVAR), med nettverk og ordning i tittelen.",
  },
  UNREADABLE_SPREADSHEET: {
    title: "Importøren finner ingen tabell den kjenner i regnearket",
    advice:
      "Den leser medlemskap (kolonnene Nettverk og Kommune eller Kommunenummer) og partnerskap (Nettverk, så én kolonne per institusjon). Malene ligger i docs/templates/.",
  },
  CONFLICT: {
    title: "Grafen er endret siden forhåndsvisningen",
    advice: "Ingenting ble skrevet. Forhåndsvis filen på nytt for å se hva som gjelder nå.",
  },
  PREVIEW_NOT_FOUND: {
    title: "Forhåndsvisningen finnes ikke lenger",
    advice:
      "Den er utløpt, allerede importert, eller laget av en annen instans av tjenesten. Ingenting ble skrevet. Forhåndsvis filen på nytt.",
  },
  SERVICE_UNAVAILABLE: { title: "Tjenesten svarer ikke", advice: "Ingenting ble importert. Prøv igjen om litt." },
};

function Refusal({ error, again }: { error: Error; again?: () => void }) {
  const code = error instanceof ImportRefusal ? error.code : "";
  const { title, advice } = REFUSALS[code] ?? { title: "Importen ble avvist", advice: "Ingenting ble importert." };
  return (
    <Alert data-color={code === "CONFLICT" || code === "PREVIEW_NOT_FOUND" ? "warning" : "danger"} role="alert">
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{advice}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        Svar fra tjenesten: {error.message}
      </Paragraph>
      {again && (
        <Button variant="secondary" data-size="sm" onClick={again}>
          Forhåndsvis på nytt
        </Button>
      )}
    </Alert>
  );
}

function TokenForm({ keep }: { keep: (token: string) => void }) {
  const [value, setValue] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) keep(value);
  };
  return (
    <form onSubmit={submit} className="token-form">
      <Textfield
        label="Redaktørnøkkel"
        description="Nøkkelen (JWT) du har fått som redaktør. Den huskes bare i denne fanen, og glemmes når fanen lukkes."
        type="password"
        autoComplete="off"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit">Bruk nøkkelen</Button>
    </form>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TABLE = { membership: "Medlemskap i nettverk", partnerships: "Partnerskapstabell" };

/** What the file holds, as a heading: the plan's title, or which table and sheet. */
function titleOf(answer: ImportAnswer): string {
  if (answer.kind === "plan") return answer.document.title;
  const { table, sheet, name } = answer.document;
  return `${TABLE[table]} (${sheet === null ? name : `ark «${sheet}»`})`;
}

/** The counts as a sentence: a plan's changes link, a table's remove. */
function summary(answer: ImportAnswer, written: boolean): string {
  const { counts } = answer;
  const third = answer.kind === "plan" ? `${counts.link} koblet` : `${counts.remove} fjernet`;
  return written
    ? `${plural(counts.create, "post opprettet", "poster opprettet")}, ${counts.update} endret, ${third}, ${counts.unchanged} uendret.`
    : `${counts.create} opprettes, ${counts.update} endres, ${answer.kind === "plan" ? `${counts.link} kobles` : `${counts.remove} fjernes`}, ${counts.unchanged} uendret.`;
}

function Written({ answer }: { answer: ImportAnswer }) {
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

export default function ImporterPage() {
  const { token, keep, forget } = useSessionToken();
  const [file, setFile] = useState<File | null>(null);
  const queryClient = useQueryClient();
  const preview = useMutation({ mutationFn: (chosen: File) => previewFile(chosen, token) });
  const commit = useMutation({
    mutationFn: (answer: ImportAnswer) => commitPreview(answer.preview!, token),
    // The other pages show the new facts at once: every cached answer of the dashboard is asked again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    commit.reset();
    preview.mutate(chosen);
  };
  const again = file ? () => choose(file) : undefined;
  const answer = preview.data;
  const pending = answer ? answer.counts.create + answer.counts.update + answer.counts.link + answer.counts.remove : 0;

  return (
    <>
      <Heading level={1} data-size="lg">
        Importer
      </Heading>
      <Paragraph>
        Last opp en plan (et årshjul eller en tiltakstabell), eller et regneark med nettverkenes medlemskommuner eller
        partnerskapstabellen (Vedlegg 5). Du ser først hva som vil bli opprettet, endret, koblet og fjernet, og hva
        importøren ikke kunne lese, med stedet i dokumentet eller regnearket. Ingenting skrives før du bekrefter.
        Møtelenker, møte-ID-er og passord importeres aldri, og ukjente kommuner, institusjoner og personer rapporteres
        uten å bli opprettet.
      </Paragraph>

      <section aria-labelledby="nokkel">
        <Heading level={2} data-size="sm" id="nokkel">
          Nøkkel
        </Heading>
        {token ? (
          <div className="token-kept">
            <Paragraph>Redaktørnøkkelen er lagret for denne fanen.</Paragraph>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => {
                forget();
                preview.reset();
                commit.reset();
              }}
            >
              Glem nøkkelen
            </Button>
          </div>
        ) : (
          <TokenForm keep={keep} />
        )}
      </section>

      <section aria-labelledby="fil">
        <Heading level={2} data-size="sm" id="fil">
          Plan eller regneark
        </Heading>
        {token ? (
          <Field>
            <Label>Velg eller slipp en fil</Label>
            <FileUpload>
              <Field.Description>
                Slipp filen her, eller trykk for å velge. Planen som Word (.docx), PDF eller tekst (.txt), eller en
                medlemskaps- eller partnerskapstabell som Excel (.xlsx) eller .csv; filtypen kjennes igjen på innholdet.
              </Field.Description>
              <Button asChild variant="secondary">
                <span>Velg fil</span>
              </Button>
              <input
                type="file"
                onChange={(event) => {
                  choose(event.target.files?.[0]);
                  // The same file chosen again (after a change to the graph) is a new preview.
                  event.target.value = "";
                }}
              />
            </FileUpload>
          </Field>
        ) : (
          <Paragraph className="muted">Skriv inn redaktørnøkkelen først.</Paragraph>
        )}
      </section>

      {preview.isPending && (
        <div role="status" className="state">
          <Spinner aria-hidden data-size="sm" />
          <Paragraph>Leser {file?.name} …</Paragraph>
        </div>
      )}
      {preview.isError && <Refusal error={preview.error} />}
      {answer && (
        <section aria-labelledby="forhandsvisning" className="import-preview">
          <Heading level={2} data-size="sm" id="forhandsvisning">
            Forhåndsvisning: {titleOf(answer)}
          </Heading>
          <Paragraph>
            Fra {answer.document.name}: {summary(answer, false)}
          </Paragraph>
          <Preview answer={answer} />
          {commit.isSuccess ? (
            <Written answer={commit.data} />
          ) : (
            <div className="confirm">
              {commit.isError && <Refusal error={commit.error} again={again} />}
              {pending > 0 ? (
                <Button onClick={() => commit.mutate(answer)} disabled={commit.isPending || commit.isError}>
                  {commit.isPending && <Spinner aria-hidden data-size="sm" />}
                  Bekreft og importer {pending} {pending === 1 ? "endring" : "endringer"}
                </Button>
              ) : (
                <Paragraph>
                  {answer.kind === "plan"
                    ? "Planen står allerede i grafen slik den er"
                    : "Regnearket står allerede i grafen slik det er"}
                  : ingenting å importere.
                </Paragraph>
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
