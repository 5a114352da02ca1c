import { Heading, Paragraph, SkipLink } from "@digdir/designsystemet-react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Link, Route, Switch, useLocation } from "wouter";
import { ApiDownError } from "../shared/api";
import { ErrorBoundary } from "./ErrorBoundary";

// Each page is its own chunk, loaded when first opened.
const Oversikt = lazy(() => import("../pages/oversikt/OversiktPage"));
const Partnerskap = lazy(() => import("../pages/partnerskap/PartnerskapPage"));
const Dekningskart = lazy(() => import("../pages/dekningskart/DekningskartPage"));
const Hull = lazy(() => import("../pages/hull/HullPage"));
const Arshjul = lazy(() => import("../pages/arshjul/ArshjulPage"));
const Personer = lazy(() => import("../pages/personer/PersonerPage"));
const Nettverk = lazy(() => import("../pages/nettverk/NettverkPage"));
const Importer = lazy(() => import("../pages/importer/ImporterPage"));

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

const PAGES = [
  { path: "/", label: "Oversikt" },
  { path: "/dekningskart", label: "Dekningskart" },
  { path: "/partnerskap", label: "Partnerskap" },
  { path: "/hull", label: "Hull" },
  { path: "/nettverk", label: "Nettverkskort" },
  { path: "/arshjul", label: "Årshjul" },
  { path: "/personer", label: "Personer" },
  { path: "/importer", label: "Importer" },
];

function Navigation() {
  const [location] = useLocation();
  const current = (path: string) => (path === "/" ? location === "/" : location.startsWith(path));
  return (
    <nav aria-label="Sider" className="app-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <Link href={page.path} aria-current={current(page.path) ? "page" : undefined}>
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
          <Suspense fallback={<Paragraph role="status">Laster siden …</Paragraph>}>
            <Switch>
              <Route path="/" component={Oversikt} />
              <Route path="/dekningskart" component={Dekningskart} />
              <Route path="/partnerskap" component={Partnerskap} />
              <Route path="/hull" component={Hull} />
              <Route path="/nettverk" component={Nettverk} />
              <Route path="/nettverk/:id" component={Nettverk} />
              <Route path="/arshjul" component={Arshjul} />
              <Route path="/personer" component={Personer} />
              <Route path="/importer" component={Importer} />
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
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
