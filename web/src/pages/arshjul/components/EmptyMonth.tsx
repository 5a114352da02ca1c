import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { NearestMeetingsQuery } from "../../../generated/graphql";
import { formatDate, formatMonth } from "../../../shared/format";

/** An empty month, and the way to the nearest meetings before and after it once they are known. */
export function EmptyMonth(props: {
  month: string;
  nearest: NearestMeetingsQuery | undefined;
  go: (month: string) => void;
}) {
  const goTo = (label: string, date: string | undefined) =>
    date && (
      <>
        {" "}
        {label} i grafen er {formatDate(date)}.{" "}
        <Button variant="tertiary" data-size="sm" onClick={() => props.go(date.slice(0, 7))}>
          Gå til {formatMonth(date.slice(0, 7))}
        </Button>
      </>
    );
  return (
    <Paragraph>
      Ingen møter eller frister i {formatMonth(props.month)} med disse valgene.
      {goTo("Forrige møte", props.nearest?.earlier[0]?.date)}
      {goTo("Neste møte", props.nearest?.later[0]?.date)}
    </Paragraph>
  );
}
