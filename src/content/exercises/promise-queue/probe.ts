// The check's own use of the learner's AsyncQueue, with items picked at random for each run: a get
// that waits and is woken by put, two waiting gets served in order, queued items oldest first,
// and an empty queue that keeps get waiting until the next put. A woken get must have its item
// as soon as the microtasks its put set off have run, before any timer or message could fire, so
// a get that polls (with setTimeout of any delay, or a MessageChannel) fails however fast it polls.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Queue<T> {
  put(item: T): void;
  get(): Promise<T>;
}
interface Program {
  AsyncQueue?: new <T>() => Queue<T>;
}

export default async function probe({ AsyncQueue }: Program, kit: ProbeKit): Promise<void> {
  if (typeof AsyncQueue !== "function") return kit.report("there is no class named AsyncQueue");
  const word = (index: number) => kit.words[index] ?? "";
  // One by one: destructuring a list asks Array.prototype for its iterator, which a program can replace.
  const w0 = word(0);
  const w1 = word(1);
  const w2 = word(2);
  const w3 = word(3);
  const w4 = word(4);
  const w5 = word(5);
  const shown = async (promise: Promise<string | undefined>): Promise<string> => {
    const outcome = await kit.settledNow(promise);
    if (outcome === undefined) return "nothing yet";
    if (!outcome.fulfilled) return "an error";
    return typeof outcome.value === "string" ? outcome.value : "something that is not a word";
  };
  const queue = new AsyncQueue<string | undefined>();

  const waiting = queue.get();
  // A real wait: timers and messages get their turn, and the get must still be waiting.
  await kit.sleep(20);
  const before = await shown(waiting);
  queue.put(w0);
  kit.report(
    `a waiting get ${before === "nothing yet" ? "waited" : "did not wait"}, then received ${await shown(waiting)}`,
  );

  const one = queue.get();
  const two = queue.get();
  await kit.sleep(5);
  queue.put(w1);
  queue.put(w2);
  kit.report(`two waiting gets received ${await shown(one)}, ${await shown(two)}`);

  queue.put(w3);
  queue.put(w4);
  const first = await shown(queue.get());
  kit.report(`queued items came out ${first}, ${await shown(queue.get())}`);

  const extra = queue.get();
  await kit.sleep(5);
  const early = await shown(extra);
  queue.put(w5);
  kit.report(
    `an empty queue ${early === "nothing yet" ? "made get wait" : `returned ${early}`}, then gave ${await shown(extra)}`,
  );
}
