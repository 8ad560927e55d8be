import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { DECEMBER_2022, SDXL_1, SDXL_BETA } from "../pricing/schedulesAfter2022";
import { optionLabel } from "./ScheduleSwitch";

describe("the schedule menu", () => {
  // Was: "DreamStudio 2022, 2022".
  it("names each schedule and its period, the year once", () => {
    expect([DREAMSTUDIO_2022, DECEMBER_2022, SDXL_BETA, SDXL_1].map(optionLabel)).toEqual([
      "DreamStudio 2022",
      "Stable Diffusion 1.5 and 2.1, from December 2022",
      "SDXL beta, from April 2023",
      "SDXL 1.0, from July 2023",
    ]);
  });
});
