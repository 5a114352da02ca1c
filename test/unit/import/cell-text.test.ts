// How a table cell of an extracted plan is read: cells copied from seeds/sources/ and
// test/fixtures/plans/, each with its reading worked out by hand.
import { describe, expect, it } from "vitest";
import { cellText, readCell, slugify, stripTags } from "../../../src/import/cell-text.js";

describe("stripTags", () => {
  it.each([
    ["<b>Aug</b>", "Aug"],
    ["<p>Rektorer, ressurslærere, skoleeiere og UH</p>", "Rektorer, ressurslærere, skoleeiere og UH"],
    ["<p><i>Ansvar for regional koordinering av tiltaket</i></p>", "Ansvar for regional koordinering av tiltaket"],
    ["TRØNDELAG  \nSØRVEST", "TRØNDELAG SØRVEST"],
    ["Barnehage&nbsp;og&nbsp;skole &amp; SFO", "Barnehage og skole & SFO"],
    ["Oppstart av&nbsp;utviklingsarbeidet&hellip;", "Oppstart av utviklingsarbeidet&hellip;"],
  ])("%j reads %j", (html, text) => {
    expect(stripTags(html)).toBe(text);
  });
});

describe("readCell", () => {
  it("makes a paragraph of each <p>", () => {
    // 000, header table, column Regional arbeidsgruppe (the first two paragraphs)
    const cell =
      "<p><i>Ansvar for regional koordinering av tiltaket</i></p> <p><i>Overordnet ansvar for strategi, planlegging og evaluering.</i></p>";
    expect(readCell(cell)).toEqual({
      paragraphs: [
        { text: "Ansvar for regional koordinering av tiltaket" },
        { text: "Overordnet ansvar for strategi, planlegging og evaluering." },
      ],
      hadSecrets: false,
    });
  });

  it("joins a list to the sentence that introduces it", () => {
    // 001, header table, column Regionalt styrernetverk
    const cell =
      '<p>Stoppunkt, erfaringsdeling, faglig innspill og videre planlegging.</p> <p>Evaluering på ulike nivå ut fra spørsmål om hvilke spor vi ser av utvikling for barns beste:</p> <ul style="list-style-type: none"> - Barnehage - Kommunalt - Regionalt ';
    expect(readCell(cell).paragraphs).toEqual([
      { text: "Stoppunkt, erfaringsdeling, faglig innspill og videre planlegging." },
      {
        text: "Evaluering på ulike nivå ut fra spørsmål om hvilke spor vi ser av utvikling for barns beste: - Barnehage - Kommunalt - Regionalt",
      },
    ]);
  });

  it("keeps a bold lead-in apart: who the meeting is for", () => {
    // 003, 2025, row Feb, column Regionale samlinger
    expect(readCell("<b>Lokal utviklingsgruppe</b> 20.februar 9.30-15.30 Orkland")).toEqual({
      paragraphs: [{ text: "Lokal utviklingsgruppe 20.februar 9.30-15.30 Orkland", lead: "Lokal utviklingsgruppe" }],
      hadSecrets: false,
    });
    // 003, 2024, row Sept: the lead inside a <p>
    expect(
      readCell("<p><b>SFO-ledere, rektorer og kommuneledere/rådgivere</b> 20.september 10-12 Teams</p>").paragraphs,
    ).toEqual([
      {
        text: "SFO-ledere, rektorer og kommuneledere/rådgivere 20.september 10-12 Teams",
        lead: "SFO-ledere, rektorer og kommuneledere/rådgivere",
      },
    ]);
  });

  it("splits at <br> and list items, and drops what is empty", () => {
    expect(readCell("4.februar 9-11 Teams<br>Oppsummere 15/1<br/><li>planlegge 20/2</li><p> </p>").paragraphs).toEqual([
      { text: "4.februar 9-11 Teams" },
      { text: "Oppsummere 15/1" },
      { text: "planlegge 20/2" },
    ]);
    expect(readCell("")).toEqual({ paragraphs: [], hadSecrets: false });
  });

  it("leaves out a meeting link with the label that introduces it", () => {
    // 003, 2025, row Feb, column Regional arbeidsgruppe
    expect(
      readCell('4.februar 9-11 Teams Oppsummere 15/1 og planlegge 20/2 Møtelenke: <a href="#">Delta i møtet nå</a>'),
    ).toEqual({
      paragraphs: [{ text: "4.februar 9-11 Teams Oppsummere 15/1 og planlegge 20/2" }],
      hadSecrets: true,
    });
  });

  it("leaves out a meeting ID and passcode, and a paragraph that held nothing else", () => {
    // the Gauldal fixture, 2025, row Sept, column Regional arbeidsgruppe
    const cell =
      "<p>03.09.25 kl. 12.00-14.00 Agenda: Gjennomgang av årshjulet og forberede regional samling i oktober. Teamsmøte</p> <p>Møte-ID: 312 456 789 012 Passord: aB3xYz</p>";
    expect(readCell(cell)).toEqual({
      paragraphs: [
        {
          text: "03.09.25 kl. 12.00-14.00 Agenda: Gjennomgang av årshjulet og forberede regional samling i oktober. Teamsmøte",
        },
      ],
      hadSecrets: true,
    });
  });

  it("leaves out a passcode whose label stands in the paragraph before", () => {
    expect(readCell("<p>20.september 10-12 Teams</p><p><b>Passord:</b></p><p>fRLixB</p>")).toEqual({
      paragraphs: [{ text: "20.september 10-12 Teams" }],
      hadSecrets: true,
    });
  });
});

describe("cellText", () => {
  it("reads a whole cell as one text", () => {
    // 001, header table, column Kommunalt styrernetverk
    expect(cellText("Barnehageeier, styrere, PP-ledere og UH")).toEqual({
      text: "Barnehageeier, styrere, PP-ledere og UH",
      hadSecrets: false,
    });
    expect(cellText("<p>Rektorer, ressurslærere, skoleeiere og UH</p> <p>UH deltar etter avtale.</p>").text).toBe(
      "Rektorer, ressurslærere, skoleeiere og UH UH deltar etter avtale.",
    );
  });

  it("leaves out secrets", () => {
    // 003, 2024, row Sept, column Regionale samlinger
    const cell =
      '<p><b>SFO-ledere, rektorer og kommuneledere/rådgivere</b> 20.september 10-12 Teams Forankring, sammenheng og ledelse Møtelenke: <a href="#">Bli med på møtet nå</a> Møte-ID: 387 681 127 533 Passord: fRLixB</p>';
    expect(cellText(cell)).toEqual({
      text: "SFO-ledere, rektorer og kommuneledere/rådgivere 20.september 10-12 Teams Forankring, sammenheng og ledelse",
      hadSecrets: true,
    });
  });
});

describe("slugify, for the ids of what an import creates", () => {
  it.each([
    ["Kommunalt rektornettverk (med SFO-ledere)", "kommunalt-rektornettverk-med-sfo-ledere"],
    ["Regionalt styrernetverk", "regionalt-styrernetverk"],
    ["Utviklingsarbeid i barnehagen", "utviklingsarbeid-i-barnehagen"],
    ["Dekom NTNU i Gauldalsregionen 2025/2026", "dekom-ntnu-i-gauldalsregionen-2025-2026"],
    ["Tiltak kompetanseløftet Høst 25 – vår 26", "tiltak-kompetanseloftet-host-25-var-26"],
    ["Trøndelag sørvest", "trondelag-sorvest"],
    ["Holtålen", "holtalen"],
    ["Ålen", "alen"],
    ["Kompetanseløftet PPT- tiltaket", "kompetanseloftet-ppt-tiltaket"],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
