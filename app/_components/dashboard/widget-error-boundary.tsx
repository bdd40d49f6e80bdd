"use client";

import { Component, type ReactNode } from "react";

interface Props {
  /** The widget's heading, kept in the error state so the page outline doesn't change. */
  title: string;
  level: 2 | 3;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * One widget's error state: a failure while rendering it (on the server or in the
 * browser) replaces only that widget, and the rest of the dashboard stays usable.
 */
export class WidgetErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const Heading = this.props.level === 2 ? "h2" : "h3";
    return (
      <div className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 text-red-950">
        <Heading className="font-semibold">{this.props.title}</Heading>
        <p role="alert">This part of the dashboard could not be shown. Reload to try again.</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="inline-flex min-h-11 items-center rounded-md border border-red-300 bg-white px-4 font-medium hover:bg-red-100"
        >
          Reload
        </button>
      </div>
    );
  }
}
