import { Button, Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import type { UploadAnswer } from "../api/import-upload";
import type { useImportCommit } from "../api/import-upload";
import { summary, titleOf } from "../answer-text";
import { Preview } from "./Preview";
import { Refusal } from "./Refusal";
import { Written } from "./Written";

interface Props {
  answer: UploadAnswer;
  commit: ReturnType<typeof useImportCommit>;
  /** Previews the same file again. */
  again: (() => void) | undefined;
}

/** What the file would write, and the confirmation that writes it, or what was written. */
export function PreviewSection({ answer, commit, again }: Props) {
  const { counts } = answer;
  const pending = counts.create + counts.update + counts.link + counts.remove;
  return (
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
  );
}
