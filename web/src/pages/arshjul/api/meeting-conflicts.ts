import { useQuery } from "@tanstack/react-query";
import {
  ArshjulConflictGroundsDocument,
  type ArshjulConflictFragment,
  ArshjulConflictsDocument,
} from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import { type MonthQuestion, monthVariables, type Scope } from "../month-address";
import { fitsGrid } from "./month-meetings";

export type Conflict = ArshjulConflictFragment;

/** Whom a conflict is about: a person or an institution. */
export const partyId = (c: { person?: { id: string } | null; institution?: { id: string } | null }) =>
  c.person?.id ?? c.institution?.id;

/**
 * Who is booked twice on a day of the month, stated and possible. The API narrows them to those with
 * a meeting of the filters, so a network's month is not the country's; with no filter they are asked
 * only for a month that fits the grid (`total`: the month's meetings, once known).
 */
export function useMeetingConflicts(question: MonthQuestion, total: number | undefined) {
  const variables = monthVariables(question);
  const asked = !question.unscoped || (total !== undefined && fitsGrid(total, question));
  const query = useQuery({
    queryKey: ["arshjul-conflicts", variables],
    queryFn: () => execute(ArshjulConflictsDocument, variables),
    enabled: asked,
  });
  const stated = query.data?.stated ?? [];
  const possible = query.data?.possible ?? [];
  return { query, asked, stated, possible, all: [...stated, ...possible] };
}

export type MeetingConflicts = ReturnType<typeof useMeetingConflicts>;

/**
 * An opened conflict's meetings and the grounds for each, asked for the conflict's day and the
 * page's scope; null when the graph no longer holds it (it may have changed since the month was read).
 */
export function useConflictGrounds(conflict: Conflict, scope: Scope) {
  return useQuery({
    queryKey: ["arshjul-conflict-grounds", scope, conflict.date],
    queryFn: () => execute(ArshjulConflictGroundsDocument, { date: conflict.date, ...scope }),
    select: (day) =>
      (conflict.certainty === "STATED" ? day.stated : day.possible).find((c) => partyId(c) === partyId(conflict)) ??
      null,
  });
}
