import { describe, expect, it } from "vitest";
import {
  givesUpBeforeBudget,
  refusedSiteWarning,
  unreachedOrRefusedWarning,
  verdictAtBudget,
  type HungBootVerdict,
} from "./hung-boot.ts";
import type { HostReachability } from "./webcontainer/host-reachability.ts";

describe("a hung boot's verdict", () => {
  it.each<[HostReachability | undefined, HungBootVerdict]>([
    ["reachable", { reason: "not-started-for-site", warning: refusedSiteWarning }],
    ["unreachable", { reason: "host-unreachable" }],
    ["inconclusive", { reason: "unreached-or-refused", warning: unreachedOrRefusedWarning }],
    ["silent", { reason: "boot-timeout" }],
    [undefined, { reason: "boot-timeout" }],
  ])("after a probe that found %s, at the budget: %j", (found, verdict) => {
    expect(verdictAtBudget(found)).toEqual(verdict);
  });

  it.each<[HostReachability, boolean]>([
    ["unreachable", true],
    // An answer without a CORP header fails the probe too; the boot may still finish.
    ["inconclusive", false],
    ["reachable", false],
    ["silent", false],
  ])("gives up before the budget on a probe that found %s: %s", (found, early) => {
    expect(givesUpBeforeBudget(found)).toBe(early);
  });

  it("tells the maintainer both causes when the probe cannot tell them apart", () => {
    expect(unreachedOrRefusedWarning).toMatch(/offline, or blocked by a filter/);
    expect(unreachedOrRefusedWarning).toMatch(/PUBLIC_WEBCONTAINER_CLIENT_ID/);
    expect(unreachedOrRefusedWarning).toMatch(/allowed sites/);
    expect(unreachedOrRefusedWarning).not.toMatch(/\n/);
  });
});
