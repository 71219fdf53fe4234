import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const api = vi.hoisted(() => {
  const calls: string[] = [];
  return {
    calls,
    boot: vi.fn(() => {
      calls.push("boot");
      return Promise.resolve({});
    }),
    configureAPIKey: vi.fn((key: string) => {
      // As the real API does: a key after a boot is refused.
      if (calls.includes("boot"))
        throw new Error("`configureAPIKey` should always be called before `WebContainer.boot`");
      calls.push(`key ${key}`);
    }),
  };
});
vi.mock("@webcontainer/api", () => ({
  WebContainer: { boot: api.boot },
  configureAPIKey: api.configureAPIKey,
}));

/** A fresh copy of the module, as a new page load gets. */
async function freshModule() {
  vi.resetModules();
  return import("./boot-real.browser.ts");
}

describe("bootRealWebContainer", () => {
  beforeEach(() => {
    api.calls.length = 0;
    api.boot.mockClear();
    api.configureAPIKey.mockClear();
  });
  afterEach(() => vi.unstubAllEnvs());

  it("boots with the COEP the site sends, in the workdir the host's stacks expect", async () => {
    const { bootRealWebContainer } = await freshModule();
    await bootRealWebContainer(undefined);
    expect(api.boot).toHaveBeenCalledWith({ coep: "require-corp", workdirName: "async-tour" });
  });

  it("passes a client id once, before the first boot, however often the page boots", async () => {
    const { bootRealWebContainer } = await freshModule();
    await bootRealWebContainer("wc_api_example");
    await bootRealWebContainer("wc_api_example");
    expect(api.calls).toEqual(["key wc_api_example", "boot", "boot"]);
  });

  it("calls nothing but boot when the site has no client id", async () => {
    const { bootRealWebContainer } = await freshModule();
    await bootRealWebContainer(undefined);
    expect(api.configureAPIKey).not.toHaveBeenCalled();
    expect(api.calls).toEqual(["boot"]);
  });

  it("reads the client id from PUBLIC_WEBCONTAINER_CLIENT_ID, ignoring an empty one", async () => {
    vi.stubEnv("PUBLIC_WEBCONTAINER_CLIENT_ID", "  wc_api_from_build ");
    const { buildClientId, bootRealWebContainer } = await freshModule();
    expect(buildClientId()).toBe("wc_api_from_build");
    await bootRealWebContainer();
    expect(api.calls).toEqual(["key wc_api_from_build", "boot"]);
    vi.stubEnv("PUBLIC_WEBCONTAINER_CLIENT_ID", " ");
    expect(buildClientId()).toBeUndefined();
  });
});
