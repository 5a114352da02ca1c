import { useState } from "react";

/** The editor's token lives in this tab's sessionStorage only: gone when the tab closes, never in localStorage. */
const KEY = "kompetansekart.redaktornokkel";

function stored(): string {
  try {
    return sessionStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function useSessionToken(): { token: string; keep: (token: string) => void; forget: () => void } {
  const [token, setToken] = useState(stored);
  return {
    token,
    keep(value) {
      const trimmed = value.trim().replace(/^Bearer\s+/i, "");
      sessionStorage.setItem(KEY, trimmed);
      setToken(trimmed);
    },
    forget() {
      sessionStorage.removeItem(KEY);
      setToken("");
    },
  };
}
