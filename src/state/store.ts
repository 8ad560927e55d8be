// A store in zustand's shape (its vanilla.ts), with no React in it: the state, a way to change
// it, and listeners told of every change.

export interface Store<T> {
  getState(): T;
  /** Replaces the state with `next`, or with what `next` makes of it; listeners hear only of a change. */
  setState(next: T | ((state: T) => T)): void;
  /** Calls `listener` after every change; returns what stops it. */
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    getState: () => state,
    setState(next) {
      const previous = state;
      state = typeof next === "function" ? (next as (state: T) => T)(state) : next;
      if (Object.is(state, previous)) return;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
