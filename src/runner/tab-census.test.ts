import { afterEach, describe, expect, it } from "vitest";
import { createTabCensus, type CensusChannel } from "./tab-census.ts";

const opened: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
});

/** A tab's channel: Node's BroadcastChannel reaches every other one of the same name, as tabs do. */
function tabChannel(name: string): CensusChannel {
  const channel = new BroadcastChannel(name);
  opened.push(channel);
  return channel;
}

describe("the tab census", () => {
  it("counts the other tabs that hold a container, and only those", async () => {
    const name = `census-${crypto.randomUUID()}`;
    const [first, second, idle] = [1, 2, 3].map(() => createTabCensus(tabChannel(name), 100));
    first?.setHolding(true);
    second?.setHolding(true);
    const asking = createTabCensus(tabChannel(name), 100);
    expect(await asking.countOthers()).toBe(2);
    second?.setHolding(false);
    expect(await asking.countOthers()).toBe(1);
    expect(idle).toBeDefined();
  });

  it("does not count itself, and counts nothing when alone", async () => {
    const census = createTabCensus(tabChannel(`census-${crypto.randomUUID()}`), 50);
    census.setHolding(true);
    expect(await census.countOthers()).toBe(0);
  });

  it("ignores messages that are not the census's", async () => {
    const name = `census-${crypto.randomUUID()}`;
    const asking = createTabCensus(tabChannel(name), 100);
    const stranger = tabChannel(name);
    stranger.addEventListener("message", () => {
      stranger.postMessage({ kind: "holds" });
      stranger.postMessage("holds");
    });
    expect(await asking.countOthers()).toBe(0);
  });
});
