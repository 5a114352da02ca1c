import { Alert, Button, Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiDownError, NotFoundError } from "./api";

interface Props<T> {
  query: UseQueryResult<T>;
  /** What is loading, e.g. "partnerskapstabellen". */
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Every query's four states, each with a message: loading, error (API down, not found, other), empty, data. */
export function QueryView<T>({ query, what, isEmpty, empty, children }: Props<T>) {
  if (query.isPending) {
    return (
      <div role="status" className="state">
        <Spinner aria-hidden data-size="sm" />
        <Paragraph>Henter {what} …</Paragraph>
      </div>
    );
  }
  if (query.isError) return <ErrorMessage error={query.error} retry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) {
    return (
      <Alert data-color="info" className="state">
        {empty ?? <Paragraph>Ingen data å vise for {what} med disse valgene.</Paragraph>}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}

export function ErrorMessage({ error, retry }: { error: Error; retry?: () => void }) {
  if (error instanceof ApiDownError) {
    return (
      <Alert data-color="danger" className="state" role="alert">
        <Heading level={2} data-size="xs">
          Tjenesten svarer ikke
        </Heading>
        <Paragraph>
          Kompetansekart får ikke kontakt med API-et. Dataene kan ikke vises nå. Prøv igjen om litt; hjelper ikke det,
          må tjenesten startes på nytt.
        </Paragraph>
        {retry && (
          <Button variant="secondary" data-size="sm" onClick={retry}>
            Prøv igjen
          </Button>
        )}
      </Alert>
    );
  }
  if (error instanceof NotFoundError) {
    return (
      <Alert data-color="warning" className="state" role="alert">
        <Heading level={2} data-size="xs">
          Finnes ikke
        </Heading>
        <Paragraph>Det du ba om, finnes ikke i grafen: {error.message}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert data-color="danger" className="state" role="alert">
      <Heading level={2} data-size="xs">
        Noe gikk galt
      </Heading>
      <Paragraph>{error.message}</Paragraph>
    </Alert>
  );
}
