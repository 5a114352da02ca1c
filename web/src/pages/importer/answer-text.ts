import type { UploadAnswer } from "./api/import-upload";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TABLE = { membership: "Medlemskap i nettverk", partnerships: "Partnerskapstabell" };

/** What the file holds, as a heading: the plan's title, or which table and sheet. */
export function titleOf(answer: UploadAnswer): string {
  if (answer.kind === "plan") return answer.document.title;
  const { table, sheet, name } = answer.document;
  return `${TABLE[table]} (${sheet === null ? name : `ark «${sheet}»`})`;
}

/** The counts as a sentence: a plan's changes link, a table's remove. */
export function summary(answer: UploadAnswer, written: boolean): string {
  const { counts } = answer;
  const third = answer.kind === "plan" ? `${counts.link} koblet` : `${counts.remove} fjernet`;
  return written
    ? `${plural(counts.create, "post opprettet", "poster opprettet")}, ${counts.update} endret, ${third}, ${counts.unchanged} uendret.`
    : `${counts.create} opprettes, ${counts.update} endres, ${answer.kind === "plan" ? `${counts.link} kobles` : `${counts.remove} fjernes`}, ${counts.unchanged} uendret.`;
}
