import { describe, expect, it } from "vitest";
import { ExerciseCheckSchema } from "./check-schema.ts";
import { captureProbeKit } from "./probe-kit.ts";
import { exerciseProgram, programExport, runProbe } from "./probe-program.ts";

describe("exerciseProgram", () => {
  it("leaves a program alone when the check has no probe", () => {
    expect(exerciseProgram("let x = 1;", ExerciseCheckSchema.parse({}), [])).toEqual({
      typescript: "let x = 1;",
    });
  });

  it("adds one export line after the code, and keeps the words out of it", () => {
    const check = ExerciseCheckSchema.parse({
      calls: ["handle", "Queue"],
      probe: "export default () => {};",
    });
    const { typescript, probe } = exerciseProgram("function handle() {}", check, ["Zoë-abcd0"]);
    expect(typescript.split("\n")).toHaveLength(3);
    expect(typescript).toContain(`export const ${programExport} = () => ({ handle: typeof handle`);
    expect(typescript).not.toContain("Zoë");
    expect(probe).toEqual({ typescript: "export default () => {};", words: ["Zoë-abcd0"] });
  });
});

describe("runProbe", () => {
  it("hands the probe the program's functions and a kit whose reports go to the host", async () => {
    const reports: string[] = [];
    const kit = captureProbeKit({ words: ["w"], report: (line) => reports.push(line) });
    const program = { [programExport]: () => ({ double: (n: number) => n * 2 }) };
    const probe = {
      default: (functions: { double: (n: number) => number }, given: typeof kit) =>
        given.report(`${given.words[0] ?? ""} ${functions.double(21)}`),
    };
    await runProbe(program, probe, kit);
    expect(reports).toEqual(["w 42"]);
  });

  it("reads real statuses and headers after a program replaces Response's getters", async () => {
    const kit = captureProbeKit({ words: [], report: () => undefined });
    const status = Object.getOwnPropertyDescriptor(Response.prototype, "status");
    Object.defineProperty(Response.prototype, "status", { get: () => 200, configurable: true });
    try {
      const response = new Response("gone", { status: 404, headers: { "x-check": "a" } });
      expect(response.status).toBe(200);
      expect(kit.status(response)).toBe(404);
      expect(kit.header(response, "x-check")).toBe("a");
      expect(await kit.text(response)).toBe("gone");
    } finally {
      if (status !== undefined) Object.defineProperty(Response.prototype, "status", status);
    }
  });

  it("compares JSON as data: key order and spaces do not matter", () => {
    const kit = captureProbeKit({ words: [], report: () => undefined });
    const spaced = kit.canonicalJson(kit.parseJson('{"b": 1, "a": [ 2 ]}'));
    expect(spaced).toBe(kit.canonicalJson({ a: [2], b: 1 }));
    expect(kit.parseJson("not json")).toBeUndefined();
  });

  it("counts its own timers as pending work while they wait, until they fire or are called off", async () => {
    let pending = 0;
    const kit = captureProbeKit({
      words: [],
      report: () => undefined,
      pending: { begin: () => (pending += 1), end: () => (pending -= 1) },
    });
    const slept = kit.sleep(5);
    const fired = new Promise<void>((resolve) => kit.after(5, resolve));
    const callOff = kit.after(60_000, () => undefined);
    const timer = kit.timer(60_000);
    expect(pending).toBe(4);
    await Promise.all([slept, fired]);
    expect(pending).toBe(2);
    callOff();
    callOff();
    timer.cancel();
    await timer.done;
    expect(pending).toBe(0);
  });
});
