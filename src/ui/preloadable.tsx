import { use, type ComponentType } from "react";

/** A promise that says how it settled, as React's `use` reads it: settled, it renders at once. */
type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T; reason?: unknown };

function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked: Tracked<T> = promise;
  tracked.status = "pending";
  tracked.then(
    (value) => {
      tracked.status = "fulfilled";
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = "rejected";
      tracked.reason = reason;
    },
  );
  return tracked;
}

/** Whether a component's code, as `preload` gives it, has arrived. */
export function hasLoaded(loading: unknown): boolean {
  return (loading as Tracked<unknown> | undefined)?.status === "fulfilled";
}

/**
 * A component whose code loads on its first render (it suspends until then, as React.lazy does) or
 * earlier, when `preload` is called. Unlike React.lazy's, once the code is here it renders in the
 * same pass, without a suspense and a retry: a `beforeprint` handler can draw it before the
 * browser lays the page out for paper.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Tracked<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => (loading ??= track(load()));
  function Preloaded(props: P) {
    const Loaded = use(preload());
    return <Loaded {...props} />;
  }
  return { Component: Preloaded, preload };
}
