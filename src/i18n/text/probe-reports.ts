/**
 * The probes' report lines in Chinese. A probe reports facts as fixed English lines (the check
 * compares them, so they stay one language); the verdict shows each in the page's language. Each
 * shape below reads one kind of line and says it again in Chinese, keeping the run's words, paths,
 * names from the learner's code and quoted data as they are. A line no shape reads stays English,
 * and src/i18n/text/findings.test.ts fails for it.
 */
import type { LocaleCode } from "../locales.ts";

type Shape = readonly [RegExp, (...parts: string[]) => string];

/** A value a probe describes in words ("nothing yet", "an error", …), or the value itself. */
function value(text: string): string {
  const words: Record<string, string> = {
    "nothing yet": "还什么都没有",
    "an error": "一个错误",
    "something that is not a word": "一个不是词的值",
    "not a word": "一个不是词的值",
    something: "某个值",
    "not an Error": "不是 Error 的东西",
    "an unreadable body": "一个读不出的响应体",
    "an error in the check": "检查自身出错",
    "with other arguments": "带着别的参数",
  };
  return words[text] ?? text;
}

/** How a promise ended, as callback-to-promise says it. */
function ending(text: string): string {
  const fulfilled = /^fulfilled with "(.*)"$/.exec(text);
  if (fulfilled) return `以 “${value(fulfilled[1] ?? "")}” 兑现`;
  const rejected = /^rejected with Error "(.*)"$/.exec(text);
  if (rejected) return `以 Error “${rejected[1] ?? ""}” 拒绝`;
  if (text === "rejected with something that is not an Error") return "以一个不是 Error 的东西拒绝";
  return text;
}

/** How a lookup ended, as callback-to-promise's Python probe says it. */
function pythonEnding(text: string): string {
  const returned = /^returned "(.*)"$/.exec(text);
  if (returned) return `返回了 “${returned[1] ?? ""}”`;
  if (text === "returned something that is not a str") return "返回了一个不是 str 的值";
  const raised = /^raised ValueError "(.*)"$/.exec(text);
  if (raised) return `抛出了 ValueError “${value(raised[1] ?? "")}”`;
  const other = /^raised (\w+), not ValueError$/.exec(text);
  if (other) return `抛出了 ${other[1] ?? ""}，而不是 ValueError`;
  const waiting = /^had not ended (\d+) ms later$/.exec(text);
  if (waiting) return `${waiting[1] ?? ""} ms 后仍未结束`;
  return text;
}

/** What getJson (or get_json, in Python) did, as keep-error-body says it. */
function getJsonDid(text: string): string {
  const returned = /^it returned (.*)$/.exec(text);
  if (returned) return `它返回了 ${returned[1] ?? ""}`;
  const http = /^it (?:threw|raised) an HttpError with status (.*) and body (.*)$/.exec(text);
  if (http) return `它抛出了 HttpError，状态码 ${http[1] ?? ""}，响应体 ${http[2] ?? ""}`;
  const error = /^it threw an Error: (.*)$/.exec(text);
  if (error) return `它抛出了一个 Error：「${error[1] ?? ""}」`;
  if (text === "it threw something that is not an Error") return "它抛出了一个不是 Error 的东西";
  const raised = /^it raised (\w+): (.*)$/.exec(text);
  if (raised) return `它抛出了 ${raised[1] ?? ""}：「${raised[2] ?? ""}」`;
  return text;
}

const stopGracefully: Record<string, string> = {
  "leaves a task that ends in time to finish": "让能按时结束的任务自己结束",
  "cancels a stuck task when the grace period is over": "在宽限期结束时取消卡住的任务",
  "waits until every task has ended": "等到每个任务都结束",
  "returns as soon as every task has ended": "在每个任务都结束后立即返回",
  "a task that would end in time was cancelled": "一个本来能按时结束的任务被取消了",
  "a stuck task was never cancelled": "卡住的任务始终没有被取消",
  "it returned while a task was still cleaning up": "有任务还在清理时它就返回了",
  "it rejected when a cancelled task did": "被取消的任务拒绝时它也拒绝了",
  "it raised when a cancelled task did": "被取消的任务抛出异常时它也抛出了",
  "it had not returned 3 s later": "3 秒后它仍未返回",
};

const candidates: Record<string, string> = {
  "a correct withTimeout (DOMException)": "正确的 withTimeout（DOMException）",
  "a correct withTimeout (Error named TimeoutError)": "正确的 withTimeout（名为 TimeoutError 的 Error）",
  "a correct with_timeout (TimeoutError)": "正确的 with_timeout（TimeoutError）",
  "a correct with_timeout (a subclass of TimeoutError)": "正确的 with_timeout（TimeoutError 的子类）",
  "raises a plain Exception": "抛出普通的 Exception",
  "swallows failures": "吞掉失败",
  "raises a copy of the error, not the error itself": "抛出的是错误的副本，而不是错误本身",
  "never times out": "永不超时",
  "rejects with a plain Error": "用普通 Error 拒绝",
  "times out too early": "超时过早",
  "swallows rejections": "吞掉了拒绝",
  "passes on a copy of the error, not the error itself": "传出的是错误的副本，而不是错误本身",
};
const verdicts: Record<string, string> = {
  passed: "通过了",
  failed: "失败了",
  "did not finish within 3 s": "3 秒内没有结束",
};
/** What one call of ready_after did, as resolve-later's Python probe says it. */
function readyAfterDid(text: string): string {
  const raised = /^raised (\w+)$/.exec(text);
  if (raised) return `抛出了 ${raised[1] ?? ""}`;
  const waiting = /^had no result (\d+) ms later$/.exec(text);
  if (waiting) return `${waiting[1] ?? ""} ms 后仍没有结果`;
  const soon = /^had its result after (\d+) ms, too soon$/.exec(text);
  if (soon) return `${soon[1] ?? ""} ms 就有了结果，太早`;
  const fixed: Record<string, string> = {
    "did not return a future": "没有返回 future",
    "ended with an error, not a result": "以错误结束，而不是得到结果",
    'had a result other than "ready"': "得到的结果不是 “ready”",
  };
  return fixed[text] ?? text;
}
const call = (name: string) => (name === "the longer call" ? "较长的那次调用" : "较短的那次调用");

const shapes: readonly Shape[] = [
  [
    /^there is no (function|class) named (\w+)$/,
    (kind, name) => `没有名为 ${name} 的${kind === "class" ? "类" : "函数"}`,
  ],
  [
    /^there is no function named (getJson|get_json), or no class named HttpError$/,
    (name) => `没有名为 ${name} 的函数，或没有名为 HttpError 的类`,
  ],
  // hello-route, Python
  [/^make_app raised (\w+)$/, (name) => `make_app 抛出了 ${name}`],
  [/^make_app did not return a web\.Application$/, () => "make_app 没有返回 web.Application"],
  [/^the program replaced (.+), which the check relies on$/, (name) => `程序替换了检查所依赖的 ${name}`],
  // callback-to-promise
  [/^lookup waited for the callback$/, () => "lookup 等到了回调"],
  [/^lookup settled before the callback$/, () => "lookup 在回调之前就已落定"],
  [/^lookup settled when the callback came$/, () => "lookup 在回调到来时落定"],
  [/^lookup took (\d+) ms$/, (ms) => `lookup 用了 ${ms} ms`],
  [
    /^two lookups ended (.+) and ((?:fulfilled|rejected) with .*)$/,
    (a, b) => `两次 lookup 分别${ending(a)}和${ending(b)}`,
  ],
  [/^lookup ((?:fulfilled|rejected) with .*)$/, (how) => `lookup ${ending(how)}`],
  // callback-to-promise, Python
  [/^lookup ended before the callback$/, () => "lookup 在回调之前就结束了"],
  [/^lookup ended when the callback came$/, () => "lookup 在回调到来时结束"],
  [
    /^two lookups ended: (.+), and ((?:returned|raised|had not ended) .*)$/,
    (a, b) => `两次 lookup 分别${pythonEnding(a)}和${pythonEnding(b)}`,
  ],
  [/^lookup ((?:returned|raised|had not ended) .*)$/, (how) => `lookup ${pythonEnding(how)}`],
  [/^no callback raised an exception$/, () => "没有回调抛出异常"],
  [
    /^a callback raised (\w+), which asyncio only logs$/,
    (name) => `有回调抛出了 ${name}，而 asyncio 只会把它记进日志`,
  ],
  // error-middleware and hello-route: "<path> -> <status> …"
  [/^(\S+) -> the (?:error escaped the middleware)$/, (path) => `${path} → 错误漏出了中间件`],
  [/^(\S+) -> the handler threw$/, (path) => `${path} → 处理函数抛出了错误`],
  [
    /^(\S+) -> (\d+) (\S+), (no x-check|x-check kept|x-check=.*), (JSON .*|.*)$/,
    (path, status, type, note, body) =>
      `${path} → 状态码 ${status}，${type === "no type" ? "没有类型" : type}，${note === "no x-check" ? "没有 x-check" : note === "x-check kept" ? "保留了 x-check" : `x-check 是「${note.slice("x-check=".length)}」`}，响应体「${body}」`,
  ],
  [/^(\/\S*) -> (\d+) (.*)$/, (path, status, body) => `${path} → 状态码 ${status}，响应体「${body}」`],
  // first-success
  [/^the first success was (.*)$/, (what) => `第一个成功的结果是 ${value(what)}`],
  [/^it settled as soon as the first attempt succeeded$/, () => "第一次尝试一成功它就落定了"],
  [/^it settled long after the first success$/, () => "它在第一次成功之后很久才落定"],
  [/^the slow attempt's signal was never aborted$/, () => "慢的那次尝试的信号从未被中止"],
  [
    /^the slow attempt was aborted as soon as the first attempt succeeded$/,
    () => "第一次尝试一成功，慢的那次尝试就被中止了",
  ],
  [
    /^the slow attempt was aborted (\d+) ms after the first success$/,
    (ms) => `慢的那次尝试在第一次成功 ${ms} ms 之后才被中止`,
  ],
  [
    /^it rejected though one attempt succeeded: (.*)$/,
    (why) => `有一次尝试成功了，它却拒绝了：「${value(why)}」`,
  ],
  [/^when all fail, it resolved with (.*)$/, (what) => `全部失败时，它以 ${value(what)} 兑现了`],
  [
    /^when all fail, it rejects with an AggregateError of (\d+)$/,
    (count) => `全部失败时，它以包含 ${count} 个错误的 AggregateError 拒绝`,
  ],
  [/^when all fail, it rejects with something else$/, () => "全部失败时，它以别的东西拒绝"],
  // first-success, Python
  [/^it returned as soon as the first attempt succeeded$/, () => "第一次尝试一成功它就返回了"],
  [/^it returned long after the first success$/, () => "它在第一次成功之后很久才返回"],
  [/^it had neither returned nor raised (\d+) ms later$/, (ms) => `${ms} ms 后它既没有返回也没有抛出异常`],
  [/^it raised (\w+) though one attempt succeeded$/, (name) => `有一次尝试成功了，它却抛出了 ${name}`],
  [/^the slow attempt was never cancelled$/, () => "慢的那次尝试从未被取消"],
  [
    /^the slow attempt was cancelled as soon as the first attempt succeeded$/,
    () => "第一次尝试一成功，慢的那次尝试就被取消了",
  ],
  [
    /^the slow attempt was cancelled (\d+) ms after the first success$/,
    (ms) => `慢的那次尝试在第一次成功 ${ms} ms 之后才被取消`,
  ],
  [
    /^when all fail, it had neither returned nor raised (\d+) ms later$/,
    (ms) => `全部失败时，它在 ${ms} ms 后既没有返回也没有抛出异常`,
  ],
  [/^when all fail, it returned (.*)$/, (what) => `全部失败时，它返回了 ${value(what)}`],
  [
    /^when all fail, it raises an ExceptionGroup of (\d+)$/,
    (count) => `全部失败时，它抛出包含 ${count} 个异常的 ExceptionGroup`,
  ],
  [
    /^when all fail, it raises (\w+), not an ExceptionGroup$/,
    (name) => `全部失败时，它抛出的是 ${name}，而不是 ExceptionGroup`,
  ],
  // graceful-stop
  // graceful-stop (stop_gracefully in Python, whose probe gives the grace in seconds)
  [
    /^(stopGracefully|stop_gracefully) does not: a stuck task was cancelled (\d+) ms in, with a grace period of (400 ms|0\.4 s)$/,
    (name, ms, grace) => `${name} 没有做到：宽限期是 ${grace}，卡住的任务却在第 ${ms} ms 被取消`,
  ],
  [
    /^(stopGracefully|stop_gracefully) does not: two tasks ended by 150 ms, yet it returned after (\d+) ms \(grace (2000 ms|2 s)\)$/,
    (name, ms, grace) =>
      `${name} 没有做到：两个任务在 150 ms 内都结束了，它却在 ${ms} ms 后才返回（宽限 ${grace}）`,
  ],
  [
    /^(stopGracefully|stop_gracefully) does not: (.*)$/,
    (name, why) => `${name} 没有做到：${stopGracefully[why] ?? why}`,
  ],
  [/^(stopGracefully|stop_gracefully) (.*)$/, (name, what) => `${name} ${stopGracefully[what] ?? what}`],
  // keep-error-body (get_json raises, in Python)
  [/^(getJson|get_json) returns the JSON of a success$/, (name) => `${name} 对成功的响应返回它的 JSON`],
  [
    /^(getJson|get_json) does not return the JSON of a success: (.*)$/,
    (name, did) => `${name} 没有对成功的响应返回它的 JSON：${getJsonDid(did)}`,
  ],
  [
    /^(getJson|get_json) (?:throws|raises) an HttpError with status (\d+) and its body$/,
    (name, status) => `${name} 抛出带状态码 ${status} 和响应体的 HttpError`,
  ],
  [
    /^(getJson|get_json) does not (?:throw|raise) an HttpError with status (\d+) and its body for (\S+): (.*)$/,
    (name, status, path, did) =>
      `对 ${path}，${name} 没有抛出带状态码 ${status} 和响应体的 HttpError：${getJsonDid(did)}`,
  ],
  // promise-queue
  [
    /^a waiting get (waited|did not wait), then received (.*)$/,
    (how, got) => `等待中的 get ${how === "waited" ? "等待了" : "没有等待"}，然后收到 ${value(got)}`,
  ],
  [/^two waiting gets received (.*), (.*)$/, (a, b) => `两个等待中的 get 收到 ${value(a)}、${value(b)}`],
  [/^queued items came out (.*), (.*)$/, (a, b) => `排队的项依次出来：${value(a)}、${value(b)}`],
  [/^an empty queue made get wait, then gave (.*)$/, (got) => `空队列让 get 等待，然后给出 ${value(got)}`],
  [
    /^an empty queue returned (.*), then gave (.*)$/,
    (early, got) => `空队列先返回了 ${value(early)}，然后给出 ${value(got)}`,
  ],
  // resolve-later
  [
    /^(the longer call|the shorter call) was fulfilled with "ready" on time$/,
    (name) => `${call(name)}按时以 “ready” 兑现`,
  ],
  [
    /^(the longer call|the shorter call), readyAfter\((\d+)\), did not return a promise$/,
    (name, ms) => `${call(name)}（readyAfter(${ms})）没有返回 promise`,
  ],
  [
    /^(the longer call|the shorter call), readyAfter\((\d+)\), had not settled (\d+) ms later$/,
    (name, ms, later) => `${call(name)}（readyAfter(${ms})）${later} ms 后仍未落定`,
  ],
  [
    /^(the longer call|the shorter call), readyAfter\((\d+)\), was rejected$/,
    (name, ms) => `${call(name)}（readyAfter(${ms})）被拒绝了`,
  ],
  [
    /^(the longer call|the shorter call), readyAfter\((\d+)\), was fulfilled with something other than "ready"$/,
    (name, ms) => `${call(name)}（readyAfter(${ms})）兑现的值不是 “ready”`,
  ],
  [
    /^(the longer call|the shorter call), readyAfter\((\d+)\), was fulfilled after (\d+) ms, too soon$/,
    (name, ms, after) => `${call(name)}（readyAfter(${ms})）${after} ms 就兑现了，太早`,
  ],
  [/^a promise settled before its time$/, () => "有 promise 未到时间就落定了"],
  [/^neither promise settled before its time$/, () => "两个 promise 都没有提前落定"],
  // resolve-later, Python
  [
    /^(the longer call|the shorter call)'s future had the result "ready" on time$/,
    (name) => `${call(name)}的 future 按时得到了结果 “ready”`,
  ],
  [
    /^(the longer call|the shorter call), ready_after\((\d+)\), (.*)$/,
    (name, ms, what) => `${call(name)}（ready_after(${ms})）${readyAfterDid(what)}`,
  ],
  [/^a future was done before its time$/, () => "有 future 未到时间就完成了"],
  [/^neither future was done before its time$/, () => "两个 future 都没有提前完成"],
  // stream-lines
  [
    /^(streamed|buffered) lines (.*)$/,
    (how, lines) => `${how === "streamed" ? "边读边给出" : "读完才给出"}的行：${lines}`,
  ],
  // test-the-timeout
  [/^your test passes (.*)$/, (name) => `你的测试对${candidates[name] ?? name}通过`],
  [/^your test catches “(.*)”$/, (name) => `你的测试发现了 “${candidates[name] ?? name}”`],
  [
    /^your test does not: (.*): the test (.*)$/,
    (name, verdict) => `你的测试没有做到：${candidates[name] ?? name}：测试${verdicts[verdict] ?? verdict}`,
  ],
  // timeout-slow
  [/^a quick request was answered$/, () => "快的请求得到了应答"],
  [
    /^a quick request under a 1200 ms limit ended with (.*)$/,
    (how) => `限时 1200 ms 的快请求以 ${value(how)} 结束`,
  ],
  [/^a slow request was aborted at its limit$/, () => "慢的请求在时限到达时被中止"],
  [/^a slow request under a 400 ms limit was answered instead$/, () => "限时 400 ms 的慢请求反而得到了应答"],
  [
    /^a slow request under a 400 ms limit ended with (.*) after (\d+) ms$/,
    (how, ms) => `限时 400 ms 的慢请求在 ${ms} ms 后以 ${value(how)} 结束`,
  ],
  [/^a request started later still gets its own limit$/, () => "后来发起的请求仍有自己的时限"],
  [/^a request started later ended with (.*)$/, (how) => `后来发起的请求以 ${value(how)} 结束`],
];

/**
 * A probe's report line in Chinese; the line as it is when no shape reads it.
 *
 * @example
 * reportInChinese("lookup waited for the callback"); // "lookup 等到了回调"
 */
export function reportInChinese(line: string): string {
  for (const [pattern, word] of shapes) {
    const match = pattern.exec(line);
    if (match) return word(...match.slice(1).map((part) => part));
  }
  return line;
}

/**
 * How each locale says a probe's report line: English is the probes' own wording. Keyed by the
 * locale list, so a new locale must say how it words these lines.
 */
export const probeReportTables: Record<LocaleCode, (line: string) => string> = {
  en: (line) => line,
  "zh-cn": reportInChinese,
};
