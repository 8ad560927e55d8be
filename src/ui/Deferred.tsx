import { createContext, Suspense, use, useEffect, useState, type ReactNode } from "react";
import { ErrorBoundary } from "./ErrorBoundary";

/** Inside it, the children's code is already here: Deferred renders them in the first commit. */
export const RenderAtOnce = createContext(false);

interface DeferredProps {
  name: string;
  placeholder: ReactNode;
  children: ReactNode;
}

/**
 * Renders `children` (lazy components) only after the first commit, so their code is fetched
 * after the page has first painted the price; until then, and while it loads, a placeholder
 * that reserves their space. If their code fails to load, a note takes their place.
 */
export function Deferred({ name, placeholder, children }: DeferredProps) {
  const [ready, setReady] = useState(use(RenderAtOnce));
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
