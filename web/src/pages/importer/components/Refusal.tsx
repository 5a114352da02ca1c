import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { ImportRefusal } from "../api/import-upload";

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

export function Refusal({ error, again }: { error: Error; again?: () => void }) {
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
