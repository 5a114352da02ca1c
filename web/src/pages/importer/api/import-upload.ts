// The client of POST /import and POST /import/{id}/commit (README, "Importing over HTTP"). The
// answer's types are the server's own (src/import/upload/answer-types.ts), compiled by both.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UploadAnswer } from "../../../../../src/import/upload/answer-types";

export type {
  ChangeAnswer,
  FindingAnswer,
  ImportAction,
  PlanAnswer,
  Ref,
  SheetChangeAnswer,
  UploadAnswer,
} from "../../../../../src/import/upload/answer-types";

/** The service said no: its status, code and (English) message. */
export class ImportRefusal extends Error {
  override name = "ImportRefusal";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function send(path: string, init: RequestInit): Promise<UploadAnswer> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ImportRefusal(0, "SERVICE_UNAVAILABLE", "The service could not be reached");
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ImportRefusal(response.status, "SERVICE_UNAVAILABLE", `HTTP ${response.status}: the answer is not JSON`);
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } }).error;
    throw new ImportRefusal(response.status, error?.code ?? "UNKNOWN", error?.message ?? `HTTP ${response.status}`);
  }
  return body as UploadAnswer;
}

/** What the file would write, and the report: a dry run that writes nothing. */
export function useFilePreview(token: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return send("/import", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    },
  });
}

/** Writes exactly the previewed diff, or nothing when the graph changed since. */
export function useImportCommit(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ preview }: UploadAnswer) =>
      send(`/import/${encodeURIComponent(preview!.id)}/commit`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ fingerprint: preview!.fingerprint }),
      }),
    // The other pages show the new facts at once: every cached answer of the dashboard is asked again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
