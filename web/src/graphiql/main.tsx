import "graphiql/style.css";
import "./graphiql.css";
import { useEditorContext } from "@graphiql/react";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { readmeExamples } from "./examples";

// POST with JSON, which Apollo's CSRF prevention lets through; the headers editor adds Authorization.
const fetcher = createGraphiQLFetcher({ url: "/graphql" });

/** Names GraphiQL's editors for screen readers: CodeMirror's hidden text areas have no label otherwise. */
function EditorLabels() {
  const { queryEditor, variableEditor, headerEditor, responseEditor } = useEditorContext({ nonNull: true });
  useEffect(() => {
    queryEditor?.setOption("screenReaderLabel", "Query");
    variableEditor?.setOption("screenReaderLabel", "Variables");
    headerEditor?.setOption("screenReaderLabel", "Headers");
    responseEditor?.setOption("screenReaderLabel", "Response");
  }, [queryEditor, variableEditor, headerEditor, responseEditor]);
  return null;
}

const root = document.getElementById("graphiql");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultTabs={readmeExamples()}>
        <GraphiQL.Logo>
          <a href="/" className="graphiql-home">
            Kompetansekart
          </a>
        </GraphiQL.Logo>
        <EditorLabels />
      </GraphiQL>
    </StrictMode>,
  );
}
