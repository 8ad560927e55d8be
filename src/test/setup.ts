import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// The first test of a file loads the lazy parts' code cold: on a busy 2-core machine that alone
// can take longer than Testing Library's default second of waiting.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
