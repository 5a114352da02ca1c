import "@fontsource-variable/inter";
import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "./app/dashboard.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
