// `npm run fixtures:import`: writes the Word and PDF fixtures of test/fixtures/documents from
// the text plans they hold, so that the importer can be shown to read each format alike.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../src/config/index.js";
import { readTextForm } from "./import-fixtures/text-form.js";
import { type WordExtras, writeDocx } from "./import-fixtures/write-docx.js";
import { type PdfOptions, writePdf, writeScannedPdf } from "./import-fixtures/write-pdf.js";

export const FIXTURE_DIR = path.join(projectRoot, "test", "fixtures", "documents");

/** Secrets that only the Word form of the secrets fixture holds: in a text box, a comment and a link. */
export const WORD_ONLY_SECRETS = {
  textBox: "Teams-møte for arbeidsgruppa: Meeting ID: 366 120 554 781 Passcode: Box7Pw",
  comment: "Lenke: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Kommentar%40thread.v2/0 Passord: Cmt4Xq",
} satisfies WordExtras;

interface Fixture {
  /** The text plan the fixture is made from. */
  source: string;
  name: string;
  word?: WordExtras;
  pdf?: PdfOptions;
}

const sources = path.join(projectRoot, "seeds", "sources");
const plans = path.join(projectRoot, "test", "fixtures", "plans");
export const FIXTURES: Fixture[] = [
  { source: path.join(sources, "000_3a8ae5ecd7901ed4.txt"), name: "000_3a8ae5ecd7901ed4" },
  { source: path.join(sources, "001_bc935cdedb893b1e.txt"), name: "001_bc935cdedb893b1e" },
  { source: path.join(sources, "002_ade191f0c5596552.txt"), name: "002_ade191f0c5596552" },
  { source: path.join(sources, "003_f5ccc106f6e629d1.txt"), name: "003_f5ccc106f6e629d1" },
  { source: path.join(plans, "gauldal-dekom-2025-26.txt"), name: "gauldal-dekom-2025-26" },
  { source: path.join(plans, "innherred-dekom-2025-26.txt"), name: "innherred-dekom-2025-26" },
  // Rows labelled with two months: Des/Jan, Feb/Mars, Mai/Juni.
  { source: path.join(plans, "vaernes-dekom-2025-26.txt"), name: "vaernes-dekom-2025-26" },
  {
    source: path.join(plans, "secrets-fosen-rekom-2025-26.txt"),
    name: "secrets-fosen-rekom-2025-26",
    word: WORD_ONLY_SECRETS,
  },
  // The Okt row of the 2025 table, with its Regionale samlinger text written over the cell's border.
  {
    source: path.join(plans, "gauldal-dekom-2025-26.txt"),
    name: "gauldal-dekom-2025-26.spilled",
    pdf: { spill: { table: 2, row: 4, cell: 2 } },
  },
];

/** The files of one fixture, by file name. */
export async function makeFixture(fixture: Fixture): Promise<Map<string, Buffer>> {
  const blocks = readTextForm(await readFile(fixture.source, "utf8"));
  const files = new Map<string, Buffer>();
  if (!fixture.pdf) files.set(`${fixture.name}.docx`, await writeDocx(blocks, fixture.word));
  files.set(`${fixture.name}.pdf`, await writePdf(blocks, fixture.pdf));
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await mkdir(FIXTURE_DIR, { recursive: true });
  for (const fixture of FIXTURES) {
    for (const [name, bytes] of await makeFixture(fixture)) await writeFile(path.join(FIXTURE_DIR, name), bytes);
  }
  await writeFile(path.join(FIXTURE_DIR, "scanned.pdf"), await writeScannedPdf());
  console.log(`Wrote the fixtures to ${path.relative(projectRoot, FIXTURE_DIR)}`);
}
