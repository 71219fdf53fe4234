/**
 * Preloaded (`node --import`) into a sample's live run under Node: makes Node's first `fetch` call
 * before the sample starts its clock. Node loads its fetch (undici) on that first call, which
 * costs about 0.1 s on an idle machine and over a second on a loaded one, all of it inside the
 * sample's first timed request. That cost is Node's start-up, not what the sample teaches (the
 * browser's fetch is built in), and on a loaded machine it pushed every timed line late. A `data:`
 * URL loads fetch without opening a connection: the sample's own requests still meet the practice
 * server cold, as a learner's do.
 */
await (await fetch("data:,")).arrayBuffer();
