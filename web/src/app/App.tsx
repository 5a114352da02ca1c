import { Heading, Paragraph, SkipLink } from "@digdir/designsystemet-react";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { Link, Route, Switch, useLocation } from "wouter";
import { ApiDownError } from "../shared/api";
import { onDemand } from "../shared/on-demand";
import { QueryView } from "../shared/QueryView";
import { ErrorBoundary } from "./ErrorBoundary";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // Only a service that did not answer is worth asking again, once and soon.
      retry: (failures, error) => error instanceof ApiDownError && failures < 1,
      retryDelay: 500,
    },
  },
});

type PageCode = ReturnType<typeof onDemand<{ default: ComponentType }>>;

/** Each page is its own chunk, loaded when first opened, or ahead when its link is pointed at. */
function page(label: string, load: () => Promise<{ default: ComponentType }>): { label: string; code: PageCode } {
  return { label, code: onDemand(`siden ${label}`, load) };
}

const PAGES = [
  { path: "/", ...page("Oversikt", () => import("../pages/oversikt/OversiktPage")) },
  { path: "/dekningskart", ...page("Dekningskart", () => import("../pages/dekningskart/DekningskartPage")) },
  { path: "/partnerskap", ...page("Partnerskap", () => import("../pages/partnerskap/PartnerskapPage")) },
  { path: "/hull", ...page("Hull", () => import("../pages/hull/HullPage")) },
  { path: "/nettverk", ...page("Nettverkskort", () => import("../pages/nettverk/NettverkPage")) },
  { path: "/arshjul", ...page("Årshjul", () => import("../pages/arshjul/ArshjulPage")) },
  { path: "/personer", ...page("Personer", () => import("../pages/personer/PersonerPage")) },
  { path: "/importer", ...page("Importer", () => import("../pages/importer/ImporterPage")) },
];

function OnDemandPage({ code }: { code: PageCode }) {
  const query = useQuery(code);
  return (
    <QueryView query={query} what="siden">
      {(module) => <module.default />}
    </QueryView>
  );
}

function Navigation() {
  const [location] = useLocation();
  const current = (path: string) => (path === "/" ? location === "/" : location.startsWith(path));
  return (
    <nav aria-label="Sider" className="app-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <Link
              href={page.path}
              aria-current={current(page.path) ? "page" : undefined}
              onPointerEnter={() => void queryClient.prefetchQuery(page.code)}
              onFocus={() => void queryClient.prefetchQuery(page.code)}
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NotFoundPage() {
  return (
    <>
      <Heading level={1} data-size="md">
        Fant ikke siden
      </Heading>
      <Paragraph>
        Adressen finnes ikke i Kompetansekart. <Link href="/">Gå til oversikten</Link>.
      </Paragraph>
    </>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SkipLink href="#innhold">Hopp til innholdet</SkipLink>
      <header className="app-header">
        <Paragraph className="app-title">Kompetansekart</Paragraph>
        <Navigation />
      </header>
      <main id="innhold" className="app-main" tabIndex={-1}>
        <ErrorBoundary>
          <Switch>
            {PAGES.map(({ path, code }) => (
              <Route key={path} path={path === "/nettverk" ? "/nettverk/:id?" : path}>
                <OnDemandPage code={code} />
              </Route>
            ))}
            <Route component={NotFoundPage} />
          </Switch>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <Paragraph data-size="sm">
          Data fra kompetansegrafens offentlige GraphQL-API (<a href="/graphql">/graphql</a>). Kommunegrenser og
          kommuneregister © Kartverket (CC BY 4.0).
        </Paragraph>
      </footer>
    </QueryClientProvider>
  );
}
