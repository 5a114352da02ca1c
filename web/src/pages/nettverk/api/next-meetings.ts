import { useQuery } from "@tanstack/react-query";
import { NextMeetingsDocument } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import { today } from "../../../shared/format";

/** The network's meetings from today and a year on; `from`: today. */
export function useNextMeetings(network: string) {
  const from = today();
  const to = `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
  const query = useQuery({
    queryKey: ["meetings", network, from],
    queryFn: () => execute(NextMeetingsDocument, { from, to, network }),
  });
  return { query, from };
}
