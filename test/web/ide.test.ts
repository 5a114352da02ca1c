// GraphiQL at a browser's GET /graphql, with the network cut off from everything but the service:
// built from npm into web/dist and served by the service, it must load and run a query with no
// request to another origin. Its tabs are the README's example queries; the first, FosenSupporters,
// answers from Vedlegg 5 of the long-term plan: Fosen is supported by Anne-Lise Holmvik (DMMH)
// and Mette Marit Jensen (SEPU).
import { describe, expect, it } from "vitest";
import { useDashboard } from "../support/browser.js";

const dashboard = useDashboard();

describe("GraphiQL at GET /graphql", () => {
  it("runs a README example offline, asking nothing of any other origin", async () => {
    const foreign: string[] = [];
    const errors: string[] = [];
    const page = await dashboard.open("/graphql", async (context) => {
      const own = new URL(dashboard.baseUrl()).origin;
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (new URL(url).origin === own) return route.continue();
        foreign.push(url);
        return route.abort("internetdisconnected");
      });
      context.on("console", (message) => {
        // A Content-Security-Policy violation, a failed load or a script error.
        if (message.type() === "error") errors.push(message.text());
      });
      context.on("weberror", (error) => errors.push(error.error().message));
    });

    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe("GraphiQL · kompetansegraf");
    const tabs = page.locator(".graphiql-tab");
    await expect
      .poll(() => tabs.allInnerTexts(), { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          "FosenSupporters",
          "TsvNovember2024",
          "InitiativesPage",
          "TsvWithoutRekom",
          "TrondelagRekomCoverage",
        ]),
      );
    await tabs.filter({ hasText: "FosenSupporters" }).click();
    await page.getByRole("button", { name: /^Execute query/ }).click();

    const result = page.locator(".result-window .CodeMirror");
    const text = () =>
      result.evaluate((editor) => (editor as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    await expect.poll(text, { timeout: 20_000 }).toContain('"supportersConnection"');
    const answer = JSON.parse(await text()) as {
      data: {
        networks: {
          name: string;
          supportersConnection: { edges: { properties: { institution: string }; node: { name: string } }[] };
        }[];
      };
    };
    const supporters = answer.data.networks[0]?.supportersConnection.edges.map(
      (e) => `${e.node.name} (${e.properties.institution})`,
    );
    expect(supporters).toEqual(expect.arrayContaining(["Anne-Lise Holmvik (dmmh)", "Mette Marit Jensen (sepu)"]));

    await dashboard.screenshot(page, "graphiql");
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    // GraphiQL's own markup, which we cannot change: a tab (role tab) holds its button and its
    // close button, and CodeMirror scrolls a region whose focus is its hidden text area.
    const own = (await dashboard.seriousViolations(page)).filter(
      (v) =>
        !(v.id === "nested-interactive" && v.nodes.every((n) => /graphiql-tab|^li/.test(n))) &&
        !(v.id === "scrollable-region-focusable" && v.nodes.every((n) => n.endsWith(".CodeMirror-scroll"))),
    );
    expect(own).toEqual([]);
  });
});
