import { Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useFilePreview, useImportCommit } from "./api/import-upload";
import { FilePicker } from "./components/FilePicker";
import { PreviewSection } from "./components/PreviewSection";
import { Refusal } from "./components/Refusal";
import { TokenSection } from "./components/TokenSection";
import { useSessionToken } from "./session-token";

export default function ImporterPage() {
  const { token, keep, forget } = useSessionToken();
  const [file, setFile] = useState<File | null>(null);
  const preview = useFilePreview(token);
  const commit = useImportCommit(token);
  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    commit.reset();
    preview.mutate(chosen);
  };
  const forgetToken = () => {
    forget();
    preview.reset();
    commit.reset();
  };
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
      <TokenSection token={token} keep={keep} forget={forgetToken} />
      <FilePicker enabled={token !== ""} choose={choose} />
      {preview.isPending && (
        <div role="status" className="state">
          <Spinner aria-hidden data-size="sm" />
          <Paragraph>Leser {file?.name} …</Paragraph>
        </div>
      )}
      {preview.isError && <Refusal error={preview.error} />}
      {preview.data && (
        <PreviewSection answer={preview.data} commit={commit} again={file ? () => choose(file) : undefined} />
      )}
    </>
  );
}
