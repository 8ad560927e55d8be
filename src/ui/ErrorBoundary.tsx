import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** Names the part in the console message. */
  name: string;
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps one failing part from blanking the page; reports the failure once. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Pricing explorer: the ${this.props.name} failed and is hidden.`, error, info.componentStack);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
