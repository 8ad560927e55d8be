/** Where the chart marks the current settings. */
export interface ChartMarker {
  readonly steps: number;
  readonly credits: number;
}

export interface MarkerStore {
  get(): ChartMarker;
  set(marker: ChartMarker): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The marker lives outside React's props so that moving it re-renders the marker alone:
 * the chart itself is drawn once, and a redrawn chart cost 80–120 ms per key press.
 */
export function createMarkerStore(initial: ChartMarker): MarkerStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(marker) {
      if (marker.steps === current.steps && marker.credits === current.credits) return;
      current = marker;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
