import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { SCHEDULES } from "../pricing/laterSchedules";
import { addSchedules } from "../settings/schedules";

// The page loads the schedules after the 2022 table on demand; tests price with all of them.
addSchedules(SCHEDULES);

afterEach(() => {
  cleanup();
});
