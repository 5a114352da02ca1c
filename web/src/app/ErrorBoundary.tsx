import { Component, type ReactNode } from "react";
import { ErrorMessage } from "../shared/QueryView";

/** A page that fails while drawing shows its error instead of leaving a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? <ErrorMessage error={this.state.error} /> : this.props.children;
  }
}
