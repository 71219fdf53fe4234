/**
 * The built-in runtime's `node:test`, the part a sample needs to run a suite in its own process and
 * print its own report: `describe`/`it`/`test`, before/after hooks, async tests, `t.mock.timers`,
 * and `run({ isolation: "none", setup })`, whose events (`test:pass`, `test:fail`) carry Node's
 * names, nesting and details. Tests run one after another, in declaration order, as in Node.
 * Tests declared outside `run()` run on their own once the module has loaded, with a short
 * spec-like report (Node prints the same lines with durations added).
 */
import { MockTimers } from "./mock-timers.ts";

type TestFn = (context: TestContext) => unknown;
type Hook = () => unknown;

/** What a test function receives as `t`. */
export interface TestContext {
  name: string;
  mock: { timers: MockTimers };
}

/** One event of a run, shaped as Node's TestsStream gives it. */
export interface TestEvent {
  type: "test:pass" | "test:fail";
  data: {
    name: string;
    nesting: number;
    details: { duration_ms: number; type: "test" | "suite"; error?: Error };
  };
}

interface Suite {
  name: string;
  children: (Suite | Case)[];
  before: Hook[];
  after: Hook[];
  beforeEach: Hook[];
  afterEach: Hook[];
}

interface Case {
  name: string;
  fn: TestFn;
}

const newSuite = (name: string): Suite => ({
  name,
  children: [],
  before: [],
  after: [],
  beforeEach: [],
  afterEach: [],
});

/** A failure as Node reports it: the thrown value is the `cause`. */
function testFailure(message: string, failureType: string, cause?: unknown): Error {
  return Object.assign(new Error(message, { cause }), { code: "ERR_TEST_FAILURE", failureType });
}

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : `${typeof error} ${JSON.stringify(error)}`;

/** Declares and runs test trees; one per worker, shared by the module's exports. */
export class TestHarness {
  #current: Suite | undefined;
  #globalRoot: Suite | undefined;

  readonly #print: (line: string) => void;

  constructor(print: (line: string) => void) {
    this.#print = print;
  }

  readonly describe = (name: string, fn: () => void): void => {
    const suite = newSuite(name);
    this.#parent().children.push(suite);
    const outer = this.#current;
    this.#current = suite;
    try {
      fn();
    } finally {
      this.#current = outer;
    }
  };

  readonly test = (name: string, fn: TestFn = () => undefined): void => {
    this.#parent().children.push({ name, fn });
  };

  readonly before = (fn: Hook): void => void this.#parent().before.push(fn);
  readonly after = (fn: Hook): void => void this.#parent().after.push(fn);
  readonly beforeEach = (fn: Hook): void => void this.#parent().beforeEach.push(fn);
  readonly afterEach = (fn: Hook): void => void this.#parent().afterEach.push(fn);

  /** Runs the tests `setup` declares, in this process only (`isolation: "none"`). */
  readonly run = (
    options: { files?: readonly string[]; isolation?: string; setup?: (stream: TestsStream) => void } = {},
  ) => {
    if (options.isolation !== "none" || (options.files?.length ?? 0) > 0)
      throw new TypeError(
        'This runtime runs tests only in its own process: use run({ files: [], isolation: "none", setup }).',
      );
    const stream = new TestsStream();
    const root = newSuite("<root>");
    const outer = this.#current;
    this.#current = root;
    try {
      options.setup?.(stream);
    } finally {
      this.#current = outer;
    }
    void Promise.resolve().then(async () => {
      await this.#runSuite(root, -1, [], [], (event) => stream.push(event));
      stream.end();
    });
    return stream;
  };

  /** Where a declaration goes: the open suite, else a global root that runs after the module. */
  #parent(): Suite {
    if (this.#current !== undefined) return this.#current;
    if (this.#globalRoot === undefined) {
      const root = newSuite("<root>");
      this.#globalRoot = root;
      setTimeout(() => void this.#runGlobal(root), 0);
    }
    return this.#globalRoot;
  }

  async #runGlobal(root: Suite): Promise<void> {
    const counts = { pass: 0, fail: 0 };
    await this.#runSuite(root, -1, [], [], ({ type, data }) => {
      const mark = type === "test:pass" ? "✔" : "✖";
      if (data.details.type === "test") counts[type === "test:pass" ? "pass" : "fail"] += 1;
      this.#print(`${"  ".repeat(data.nesting)}${mark} ${data.name}`);
    });
    this.#print(`ℹ tests ${counts.pass + counts.fail}`);
    this.#print(`ℹ pass ${counts.pass}`);
    this.#print(`ℹ fail ${counts.fail}`);
  }

  /** Runs a suite's hooks and children; returns whether everything passed. */
  async #runSuite(
    suite: Suite,
    nesting: number,
    beforeEach: Hook[],
    afterEach: Hook[],
    emit: (event: TestEvent) => void,
  ): Promise<boolean> {
    const started = performance.now();
    let failed = 0;
    let hookError: unknown;
    const eachBefore = [...beforeEach, ...suite.beforeEach];
    const eachAfter = [...suite.afterEach, ...afterEach];
    try {
      for (const hook of suite.before) await hook();
      for (const child of suite.children) {
        const passed =
          "children" in child
            ? await this.#runSuite(child, nesting + 1, eachBefore, eachAfter, emit)
            : await this.#runCase(child, nesting + 1, eachBefore, eachAfter, emit);
        if (!passed) failed += 1;
      }
    } catch (error) {
      hookError = error;
    } finally {
      for (const hook of suite.after) await hook();
    }
    if (nesting < 0) return failed === 0 && hookError === undefined;
    const details = { duration_ms: performance.now() - started, type: "suite" as const };
    if (failed === 0 && hookError === undefined) {
      emit({ type: "test:pass", data: { name: suite.name, nesting, details } });
      return true;
    }
    const error =
      hookError === undefined
        ? testFailure(`${failed} subtest${failed === 1 ? "" : "s"} failed`, "subtestsFailed")
        : testFailure(`a hook failed: ${describeError(hookError)}`, "hookFailed", hookError);
    emit({ type: "test:fail", data: { name: suite.name, nesting, details: { ...details, error } } });
    return false;
  }

  async #runCase(
    test: Case,
    nesting: number,
    beforeEach: Hook[],
    afterEach: Hook[],
    emit: (event: TestEvent) => void,
  ): Promise<boolean> {
    const started = performance.now();
    const context: TestContext = { name: test.name, mock: { timers: new MockTimers() } };
    let failure: unknown;
    let thrown = false;
    try {
      for (const hook of beforeEach) await hook();
      await test.fn(context);
    } catch (error) {
      thrown = true;
      failure = error;
    } finally {
      // As in Node, a test's own mocks end with it.
      context.mock.timers.reset();
      for (const hook of afterEach) await hook();
    }
    const details = { duration_ms: performance.now() - started, type: "test" as const };
    if (!thrown) {
      emit({ type: "test:pass", data: { name: test.name, nesting, details } });
      return true;
    }
    const error = testFailure(describeError(failure), "testCodeFailure", failure);
    emit({ type: "test:fail", data: { name: test.name, nesting, details: { ...details, error } } });
    return false;
  }
}

/** The events of one `run()`, to read with `for await` or `on(type, listener)`. */
export class TestsStream {
  #events: TestEvent[] = [];
  #ended = false;
  #wake: (() => void) | undefined;
  #listeners = new Map<string, ((data: TestEvent["data"]) => void)[]>();

  /** Calls `listener` with the data of every event of this type, as Node's stream does. */
  on(type: string, listener: (data: TestEvent["data"]) => void): this {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
    return this;
  }

  /** Adds an event (runner side). */
  push(event: TestEvent): void {
    this.#events.push(event);
    for (const listener of this.#listeners.get(event.type) ?? []) listener(event.data);
    this.#wake?.();
  }

  /** Marks the run as over (runner side). */
  end(): void {
    this.#ended = true;
    this.#wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TestEvent> {
    let read = 0;
    for (;;) {
      while (read < this.#events.length) yield this.#events[read++] as TestEvent;
      if (this.#ended) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}
