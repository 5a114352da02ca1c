import {
  Button,
  EXPERIMENTAL_FileUpload as FileUpload,
  Field,
  Heading,
  Label,
  Paragraph,
} from "@digdir/designsystemet-react";

/** The file to preview, chosen or dropped; once there is a token. */
export function FilePicker({ enabled, choose }: { enabled: boolean; choose: (file: File | undefined) => void }) {
  return (
    <section aria-labelledby="fil">
      <Heading level={2} data-size="sm" id="fil">
        Plan eller regneark
      </Heading>
      {enabled ? (
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
  );
}
