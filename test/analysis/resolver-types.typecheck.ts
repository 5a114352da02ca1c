// Checked by `npm run typecheck`, not run: the analyses' resolvers are typed from their SDL
// (src/generated/analysis-resolvers.ts), so an answer of the wrong shape does not compile.
// Each @ts-expect-error fails the typecheck when the error it expects goes away.
import type { AnalysisResolvers } from "../../src/analysis/resolver-types.js";

const meeting = { id: "m", title: "Nettverksmøte", date: "2025-03-04", forums: [], initiatives: [] };

// The shape the SDL promises compiles.
export const right: AnalysisResolvers["meetingsBetween"] = async (_, args) => [
  { ...meeting, id: args.network ?? "m", place: null },
];

// @ts-expect-error a ScheduledMeeting without its forums
export const missingField: AnalysisResolvers["meetingsBetween"] = async () => [{ ...meeting, forums: undefined }];

// @ts-expect-error the statement's whole record, where the SDL promises the list in it
export const wholeRecord: AnalysisResolvers["meetingConflicts"] = async () => ({ conflicts: [], possible: [] });

// @ts-expect-error a role the SupportRole enum does not have
export const unknownEnumValue: AnalysisResolvers["networkPartners"] = async () => ({
  network: { id: "fosen", name: "Fosen" },
  institutions: [
    {
      institution: { id: "ntnu", name: "NTNU", kind: "UNIVERSITY" },
      supporters: [{ person: { id: "p", name: "P" }, role: "LEAD", schemes: [] }],
      initiatives: [],
      schemes: [],
    },
  ],
});

export const unknownArgument: AnalysisResolvers["upcomingDeadlines"] = async (_, args) => {
  // @ts-expect-error upcomingDeadlines takes no county
  void args.county;
  return [];
};

// @ts-expect-error every custom Query field needs its resolver
export const incomplete: AnalysisResolvers = { upcomingDeadlines: async () => [] };
