import { describe, expect, it } from "vitest";
import { runnerText, wordSentences } from "../../i18n/runner-text.ts";
import type { RuntimeStatus } from "../../runner/select-host.ts";
import { runtimeNoticeContent as noticeKeys, type RanOn } from "./runtime-notice-text.ts";

const en = runnerText("en");
const zh = runnerText("zh-cn");

/** The notice as the page words it: its sentences and its switch's label, in `text`'s language. */
function runtimeNoticeContent(ran: RanOn, now: RuntimeStatus, text: typeof en, budgetMs: number) {
  const content = noticeKeys(ran, now, budgetMs);
  return {
    message: wordSentences(content.sentences, text),
    action: content.action,
    label: content.label === undefined ? undefined : text(content.label),
  };
}
const starting: RuntimeStatus = { state: "starting" };
const ready: RuntimeStatus = { state: "ready" };
const chosen: RuntimeStatus = { state: "worker", reason: "preference" };
const failed: RuntimeStatus = {
  state: "worker",
  reason: "boot-failed",
  detail: "third-party cookies are blocked",
};
const late: RuntimeStatus = { state: "worker", reason: "boot-timeout" };
const apple: RuntimeStatus = { state: "worker", reason: "apple-mobile" };
const unreachable: RuntimeStatus = { state: "worker", reason: "host-unreachable" };
const refused: RuntimeStatus = { state: "worker", reason: "not-started-for-site" };
const unclear: RuntimeStatus = { state: "worker", reason: "unreached-or-refused" };

describe("runtimeNoticeContent", () => {
  it.each<[string, RanOn, RuntimeStatus, RegExp, string | undefined]>([
    [
      "a run while Node.js starts",
      { kind: "worker", status: starting },
      starting,
      /^This run uses the built-in runtime while Node\.js starts\.$/,
      "use-worker",
    ],
    [
      "the same run once Node.js is ready",
      { kind: "worker", status: starting },
      ready,
      /while Node\.js starts\. Node\.js is ready now: your next run uses it\.$/,
      "use-worker",
    ],
    [
      "a run in Node.js",
      { kind: "webcontainer", status: ready },
      ready,
      /^This run uses Node\.js, inside your browser/,
      "use-worker",
    ],
    [
      "a run in Node.js, then the switch",
      { kind: "webcontainer", status: ready },
      chosen,
      /Your next run uses the built-in runtime, as you chose\.$/,
      "use-node",
    ],
    [
      "a failed boot, with its reason",
      { kind: "worker", status: starting },
      failed,
      /^This run uses the built-in runtime: Node\.js could not start in this browser \(third-party cookies are blocked\)\.$/,
      "try-again",
    ],
    [
      "a run while Node.js starts, whose start then ran out of time",
      { kind: "worker", status: starting },
      late,
      /^This run uses the built-in runtime: Node\.js did not start within 30 seconds\./,
      "try-again",
    ],
    [
      "a boot past its budget",
      { kind: "worker", status: late },
      late,
      /did not start within 30 seconds/,
      "try-again",
    ],
    [
      "a failure remembered from before",
      { kind: "worker", status: { state: "worker", reason: "failed-before" } },
      { state: "worker", reason: "failed-before" },
      /could not start in this browser recently/,
      "try-again",
    ],
    [
      "an iPhone or iPad",
      { kind: "worker", status: apple },
      apple,
      /not started on iPhone and iPad/,
      undefined,
    ],
    [
      "a page without isolation",
      { kind: "worker", status: { state: "worker", reason: "not-isolated" } },
      { state: "worker", reason: "not-isolated" },
      /security headers/,
      undefined,
    ],
  ])("%s", (_, ran, now, message, action) => {
    const content = runtimeNoticeContent(ran, now, en, 30_000);
    expect(content.message).toMatch(message);
    expect(content.action).toBe(action);
  });

  it.each<[RuntimeStatus, string | undefined]>([
    [starting, "Always use the built-in runtime"],
    [ready, "Use the built-in runtime"],
    [chosen, "Use Node.js"],
    [failed, "Try Node.js again"],
    [apple, undefined],
  ])("labels the switch for %j as %j", (now, label) => {
    expect(runtimeNoticeContent({ kind: "worker", status: starting }, now, en, 30_000).label).toBe(label);
  });

  it("never shows jargon to the learner", () => {
    for (const now of [starting, ready, chosen, failed, late, apple, unreachable, refused, unclear]) {
      const { message } = runtimeNoticeContent({ kind: "worker", status: starting }, now, en, 30_000);
      expect(message).not.toMatch(/host|cross-origin|isolat/i);
    }
  });

  it("never says Node.js is starting once its start has failed", () => {
    for (const now of [failed, late, { state: "worker", reason: "tab-limit", detail: "3" } as const]) {
      for (const text of [en, zh]) {
        const { message } = runtimeNoticeContent({ kind: "worker", status: starting }, now, text, 30_000);
        expect(message).not.toMatch(/while Node\.js starts|Node\.js is starting|还在启动|正在启动/);
      }
    }
  });

  it.each<[RuntimeStatus, RegExp, RegExp, RegExp]>([
    [unreachable, /offline, or blocked by a filter/, /已离线，或被过滤器屏蔽/, /did not start for this site/],
    [
      refused,
      /the Node\.js runtime did not start for this site/,
      /没有为本站启动/,
      /offline|filter|network/i,
    ],
    [
      // The probe failed on an isolated page: either cause fits, so neither is claimed alone.
      unclear,
      /the Node\.js runtime could not be reached, or did not start for this site\./,
      /无法连接到 Node\.js 运行环境，或者它没有为本站启动/,
      /offline|filter/i,
    ],
  ])("tells a hung start by its cause (%j), never by the other", (now, english, chinese, wrongCause) => {
    const ran = { kind: "worker", status: starting } as const;
    const { message, action } = runtimeNoticeContent(ran, now, en, 30_000);
    expect(message).toMatch(english);
    expect(message).not.toMatch(wrongCause);
    expect(action).toBe("try-again");
    expect(runtimeNoticeContent(ran, now, zh, 30_000).message).toMatch(chinese);
  });

  it.each<[RuntimeStatus, string, string]>([
    [
      { state: "worker", reason: "old-node", detail: "v20.19.1" },
      "This run uses the built-in runtime: this program uses node:test, which needs Node.js 22.8 or later, and the WebContainer runs Node.js v20.19.1.",
      "这次运行使用内置运行环境：这段程序用到 node:test，它需要 Node.js 22.8 或更高版本，而 WebContainer 里的 Node.js 是 v20.19.1。",
    ],
    [
      { state: "worker", reason: "node-restarting" },
      "This run uses the built-in runtime: Node.js is restarting after a program that did not stop, which takes a few seconds.",
      "这次运行使用内置运行环境：有个程序没能停下，Node.js 正在重新启动，需要几秒钟。",
    ],
  ])(
    "tells a run sent away from Node.js for itself alone why (%j), promising nothing of the next",
    (status, english, chinese) => {
      // The page stays on Node.js ("ready"): only this run went to the built-in runtime.
      const ran = { kind: "worker", status } as const;
      expect(runtimeNoticeContent(ran, ready, en, 30_000).message).toBe(english);
      expect(runtimeNoticeContent(ran, ready, zh, 30_000).message).toBe(chinese);
    },
  );

  it("speaks Chinese on Chinese pages", () => {
    const { message } = runtimeNoticeContent({ kind: "worker", status: starting }, ready, zh, 30_000);
    expect(message).toBe(
      "Node.js 还在启动，这次运行先使用内置运行环境。Node.js 已经就绪：下一次运行将使用它。",
    );
  });
});
