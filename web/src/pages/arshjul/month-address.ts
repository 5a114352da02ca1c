import { z } from "zod";
import { today } from "../../shared/format";
import { useUrlState } from "../../shared/url-state";
import { lastDay } from "./month-dates";

const address = z.object({
  visning: z.enum(["maned", "liste"]).catch("maned"),
  maned: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .catch(() => today().slice(0, 7)),
  nettverk: z.string().catch(""),
  tiltak: z.string().catch(""),
  institusjon: z.string().catch(""),
  person: z.string().catch(""),
  // Meetings per page of the list; the month grid shows a month of up to three pages.
  per: z
    .string()
    .regex(/^[1-9]\d{0,2}$/)
    .refine((per) => Number(per) <= 200)
    .catch("100"),
});

export type ArshjulAddress = z.output<typeof address>;
export type UpdateAddress = (patch: Partial<ArshjulAddress>) => void;

/** The network, initiative, institution and person the page is narrowed to; null where none is chosen. */
export type Scope = {
  network: string | null;
  initiative: string | null;
  institution: string | null;
  person: string | null;
};

/** What the page's questions are asked for: the month's first and last day, the chosen ids, the list's page size. */
export interface MonthQuestion {
  from: string;
  to: string;
  scope: Scope;
  per: number;
  /** Nothing chosen: the whole country's month. */
  unscoped: boolean;
}

/** The page's filters, kept in the address, and the question they make. */
export function useArshjulAddress(): { state: ArshjulAddress; update: UpdateAddress; question: MonthQuestion } {
  const [state, update] = useUrlState(address);
  const scope: Scope = {
    network: state.nettverk || null,
    initiative: state.tiltak || null,
    institution: state.institusjon || null,
    person: state.person || null,
  };
  const question = {
    from: `${state.maned}-01`,
    to: lastDay(state.maned),
    scope,
    per: Number(state.per),
    unscoped: Object.values(scope).every((id) => id === null),
  };
  return { state, update, question };
}

/** The variables every month operation takes. */
export const monthVariables = ({ from, to, scope }: MonthQuestion) => ({ from, to, ...scope });
