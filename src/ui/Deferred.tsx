import { Suspense, useEffect, useState, type ReactNode } from "react";
import { ErrorBoundary } from "./ErrorBoundary";

/**
 * Renders `children` (lazy components) only after the first commit, so their code is fetched
 * after the page has first painted the price; until then, and while it loads, a placeholder
 * that reserves their space. If their code fails to load, a note takes their place.
 */
export function Deferred({ name, placeholder, children }: { name: string; placeholder: ReactNode; children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return placeholder;
  return (
    <ErrorBoundary
      name={name}
      fallback={<p className="text-sm text-muted">This part could not be loaded. Reload the page to try again.</p>}
    >
      <Suspense fallback={placeholder}>{children}</Suspense>
    </ErrorBoundary>
  );
}
