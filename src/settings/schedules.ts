// The schedules the page can price with. The 2022 table is always here; the three that followed
// load after the first paint (their data is most of a kilobyte and a half), or before the first
// render when a link asks for one of them. A state names its schedule by id; every way an id
// other than the 2022 table's enters a state (a link, an attribute, the switch) loads them first.
import type { PriceSchedule } from "../pricing/schedule";
import { DREAMSTUDIO_2022, SCHEDULE_IDS } from "../pricing/schedules";

const loaded = new Map<string, PriceSchedule>([[DREAMSTUDIO_2022.id, DREAMSTUDIO_2022]]);

/** Makes schedules available to price with. */
export function addSchedules(schedules: readonly PriceSchedule[]): void {
  for (const schedule of schedules) loaded.set(schedule.id, schedule);
}

/** Every schedule, oldest first, once they have loaded. */
export async function loadSchedules(): Promise<readonly PriceSchedule[]> {
  const { SCHEDULES } = await import("../pricing/laterSchedules");
  addSchedules(SCHEDULES);
  return SCHEDULES;
}

/** Whether a link's `schedule` names one that must load before the page can price with it. */
export function needsLoading(id: string | null): boolean {
  return id !== null && (SCHEDULE_IDS as readonly string[]).includes(id) && !loaded.has(id);
}

/** The schedule a state prices with. Prices come from here, never from a URL or an attribute. */
export function scheduleOf({ schedule }: { readonly schedule: string }): PriceSchedule {
  const found = loaded.get(schedule);
  if (!found) throw new Error(`The ${schedule} price schedule has not loaded.`);
  return found;
}
