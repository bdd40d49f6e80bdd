// 2. Malformed payloads: 1,000 requests a browser would never send, to every
// server action the app has. Each must be refused cleanly (a 4xx, or ok:false with
// a message) and none may change a row.
import {
  callAction,
  formActionBody,
  isAlive,
  isCleanRefusal,
  mapLimit,
  snapshot,
  snapshotDiff,
} from "./harness.mjs";

export const MALFORMED_TOTAL = 1_000;
const HUGE = 1_000_000; // characters: under Next's 1 MiB body limit, so it reaches the action
const OVER_LIMIT = 1_100_000; // over it

const TYPE_VALUES = [
  0,
  1,
  -1,
  3.14,
  1e308,
  true,
  false,
  {},
  [],
  ["done"],
  { $gt: "" },
  { toString: "x" },
  [null],
  [[]],
  { id: "x" },
  -0,
];
const BAD_STRINGS = [
  "",
  " ",
  "\u0000",
  "\t\n",
  "💥",
  "Cloud-Computing-Basics",
  "cloud computing basics",
  "cloud_computing_basics",
  "-leading-dash",
  "trailing-dash-",
  "double--dash",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "<script>alert(1)</script>",
  '"; DROP TABLE "ItemProgress"; --',
  "' OR '1'='1",
  "a".repeat(101),
  "constructor",
  "__proto__",
  "prototype",
  "tostring",
  "valueof",
  "hasownproperty",
  "isprototypeof",
  "$$escaped-dollar",
];
const BAD_STATUSES = [
  "DONE",
  "Done",
  "deleted",
  "complete",
  "completed",
  "todo ",
  " done",
  "in-progress",
  "inprogress",
  "in progress",
  "skip",
  "null",
  "undefined",
  "true",
  "0",
  "1",
  "done;--",
  "done\u0000",
  "ItemStatus",
  "todo,done",
];
// Strings React's reply decoder reads as references ("$…"), not as text.
const REACT_REFERENCES = [
  "$Q5",
  "$T",
  "$F5",
  "$h5",
  "$S",
  "$1",
  "$",
  "$W5",
  "$B5",
  "$l5",
  "$i5",
  "$Y",
  "$5:x:y",
  "$Q0",
  "$W0",
];
const INVALID_JSON = [
  "",
  "not json",
  "[",
  "[{",
  '{"itemId":',
  "[{'itemId':'x','status':'done'}]",
  '[{"itemId":"x","status":"done",}]',
  "null",
  "undefined",
  "NaN",
  "[1,]",
  '[{"a":1}]]',
  '[{"itemId":"x"}][{"status":"done"}]',
  "\u0001\u0002\u0003\u00ff",
  "[".repeat(5_000) + "]".repeat(5_000),
  `[${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}]`,
  '"$@5"',
  "[" + '"\\ud800"' + "]",
];
const BAD_DATES = [
  "2027-02-30",
  "2027-13-01",
  "2027-00-10",
  "2027-1-1",
  "31/03/2027",
  "03/31/2027",
  "yesterday",
  "tomorrow",
  "0000-00-00",
  "9999-99-99",
  "1970-01-01",
  "2000-02-29x",
  "2027-03-31T00:00",
  "<b>2027</b>",
  "2027–03–31",
  "１２３４-５６-７８",
  "a".repeat(HUGE),
];
const BAD_HOURS = ["0", "81", "-1", "1.5", "abc", "99999", "NaN", "0x100", "1 2"];
const BAD_CERTS = [
  "sysops",
  "ARCHITECT",
  "",
  "architect ",
  "developer\u0000",
  "both",
  null,
  1,
  ["architect"],
  {},
];
const BAD_ZONES = [
  "Mars/Olympus",
  "UTC+25",
  "",
  "a".repeat(65),
  "Europe/../../etc/passwd",
  "<script>",
  null,
  1,
  ["UTC"],
  {},
];

/** Every malformed case, grouped by category; `kind` says whether it can reach the action's code. */
function catalogue(ctx) {
  const { items, users } = ctx;
  const victim = users.victim;
  const mine = ctx.attackerDoneItem; // "done" for the attacker already: re-sending it changes nothing
  const item = (i) => items[i % items.length];
  const json = (args) => JSON.stringify(args);
  const categories = new Map();
  const add = (category, kind, c) => {
    if (!categories.has(category)) categories.set(category, []);
    categories.get(category).push({ category, kind, cookie: "attacker", expect: "refuse", ...c });
  };

  // setItemStatus
  for (const v of TYPE_VALUES) {
    add("wrong types", "action", { action: "setItemStatus", body: json([{ itemId: v, status: "done" }]) });
    add("wrong types", "action", { action: "setItemStatus", body: json([{ itemId: item(3), status: v }]) });
    add("wrong types", "action", { action: "saveNote", body: json([{ itemId: item(4), body: v }]) });
  }
  for (const [i, shape] of [
    {},
    { itemId: item(5) },
    { status: "done" },
    { itemid: item(5), status: "done" },
    { ItemId: item(5), Status: "done" },
    { item: item(5), status: "done" },
    { id: item(5), status: "done" },
    { itemId: item(5), state: "done" },
  ].entries()) {
    add("missing fields", "action", { action: "setItemStatus", body: json([shape]), note: `shape ${i}` });
  }
  add("missing fields", "action", { action: "setItemStatus", body: "[]" });
  add("missing fields", "action", { action: "saveNote", body: json([{ itemId: item(6) }]) });
  add("missing fields", "action", { action: "saveNote", body: json([{ body: "text without an item" }]) });
  add("missing fields", "action", { action: "addEnrollment", body: json([{}]) });
  add("missing fields", "action", { action: "saveTimeZone", body: json([{}]) });
  add("missing fields", "action", { action: "saveEnrollments", form: {} });
  add("missing fields", "action", { action: "signUp", form: {}, cookie: "none" });
  add("missing fields", "action", { action: "signIn", form: {}, cookie: "none" });

  for (let n = 1; n <= 320; n += 1) {
    add("unknown item ids", "action", {
      action: "setItemStatus",
      body: json([
        { itemId: `no-such-item-${n}`, status: ["done", "todo", "in_progress", "skipped"][n % 4] },
      ]),
    });
    if (n <= 80)
      add("unknown item ids", "action", {
        action: "saveNote",
        body: json([{ itemId: `no-such-item-${n}`, body: `note ${n}` }]),
      });
  }
  for (const [i, s] of BAD_STATUSES.entries()) {
    for (let k = 0; k < 15; k += 1)
      add("invalid statuses", "action", {
        action: "setItemStatus",
        body: json([{ itemId: item(i + k * 7), status: s }]),
      });
  }
  for (const s of BAD_STRINGS) {
    add("injection and odd strings", "action", {
      action: "setItemStatus",
      body: json([{ itemId: s, status: "done" }]),
    });
    add("injection and odd strings", "action", {
      action: "setItemStatus",
      body: json([{ itemId: item(7), status: s }]),
    });
    add("injection and odd strings", "action", {
      action: "saveNote",
      body: json([{ itemId: s, body: "x" }]),
    });
  }

  // Other users: the only user id that matters is the session's; extra ids are ignored.
  add("other users' ids", "action", {
    action: "setItemStatus",
    body: json([{ itemId: victim.id, status: "done" }]),
  });
  add("other users' ids", "action", {
    action: "saveNote",
    body: json([{ itemId: victim.id, body: "mine now" }]),
  });
  add("other users' ids", "action", {
    action: "setItemStatus",
    body: json([{ itemId: item(0), status: "bogus", userId: victim.id }]),
  });
  add("other users' ids", "action", {
    action: "saveNote",
    body: json([{ itemId: item(1), body: 42, userId: victim.id }]),
  });
  add("other users' ids", "action", {
    action: "saveNote",
    body: json([{ itemId: item(1), body: "x".repeat(5_001), userId: victim.id }]),
  });
  for (const extra of [
    { userId: victim.id },
    { user: { id: victim.id } },
    { userId: victim.id, email: victim.email },
    { ownerId: victim.id, sub: victim.id },
  ]) {
    add("other users' ids", "action", {
      action: "setItemStatus",
      body: json([{ itemId: mine, status: "done", ...extra }]),
      expect: "ignore",
    });
  }
  // An own "__proto__" key (JSON.stringify of an object literal would drop it).
  add("other users' ids", "action", {
    action: "setItemStatus",
    body: `[{"itemId":${json(mine)},"status":"done","__proto__":{"userId":${json(victim.id)}}}]`,
    expect: "ignore",
  });
  add("other users' ids", "action", {
    action: "setItemStatus",
    body: json([{ itemId: mine, status: "done" }, { userId: victim.id }]),
    expect: "ignore",
  });
  add("other users' ids", "action", {
    action: "setItemStatus",
    body: json([{ itemId: mine, status: "done" }, victim.id]),
    expect: "ignore",
  });

  for (const shape of [
    [[{ itemId: item(8), status: "done" }]],
    [[]],
    [["x", "done"]],
    [[item(8), "done"]],
    [{ itemId: [item(8)], status: "done" }],
    [{ itemId: item(8), status: ["done"] }],
    [{ itemId: [item(8), item(9)], status: "done" }],
    [[item(8)], ["done"]],
    [{ itemId: { 0: item(8) }, status: "done" }],
  ]) {
    add("arrays", "action", { action: "setItemStatus", body: json(shape) });
  }
  add("arrays", "action", { action: "addEnrollment", body: json([["architect"]]) });
  add("arrays", "action", { action: "saveTimeZone", body: json([["UTC"]]) });

  for (const shape of [
    [null],
    [{ itemId: null, status: null }],
    [{ itemId: item(10), status: null }],
    [{ itemId: null, status: "done" }],
    [null, null],
  ]) {
    add("nulls", "action", { action: "setItemStatus", body: json(shape) });
  }
  add("nulls", "action", { action: "saveNote", body: json([{ itemId: item(10), body: null }]) });
  add("nulls", "action", { action: "addEnrollment", body: json([null]) });
  add("nulls", "action", { action: "saveTimeZone", body: json([{ timeZone: null }]) });

  add("huge strings (1,000,000 characters)", "action", {
    action: "setItemStatus",
    body: json([{ itemId: "a".repeat(HUGE), status: "done" }]),
  });
  add("huge strings (1,000,000 characters)", "action", {
    action: "setItemStatus",
    body: json([{ itemId: item(11), status: "d".repeat(HUGE) }]),
  });
  add("huge strings (1,000,000 characters)", "action", {
    action: "saveNote",
    body: json([{ itemId: item(11), body: "n".repeat(HUGE) }]),
  });
  add("huge strings (1,000,000 characters)", "action", {
    action: "saveTimeZone",
    body: json([{ timeZone: "Z".repeat(HUGE) }]),
  });
  add("huge strings (1,000,000 characters)", "action", {
    action: "signUp",
    form: { email: `${"e".repeat(HUGE)}@example.com`, password: "x" },
    cookie: "none",
  });

  for (const cert of BAD_CERTS)
    add("invalid exam ids", "action", { action: "addEnrollment", body: json([{ cert }]) });
  for (const timeZone of BAD_ZONES)
    add("invalid time zones", "action", { action: "saveTimeZone", body: json([{ timeZone }]) });

  // Onboarding: one invalid field each, everything else valid.
  const yesterday = new Date(Date.now() - 36 * 60 * 60 * 1000).toISOString().slice(0, 10);
  for (const date of [...BAD_DATES, yesterday]) {
    add("invalid onboarding dates and hours", "action", {
      action: "saveEnrollments",
      form: { architect: "on", architectDate: date, order: "architect-first", timeZone: "UTC" },
    });
    add("invalid onboarding dates and hours", "action", {
      action: "saveEnrollments",
      form: { developer: "on", developerDate: date, order: "developer-first", timeZone: "UTC" },
    });
  }
  for (const hours of BAD_HOURS) {
    add("invalid onboarding dates and hours", "action", {
      action: "saveEnrollments",
      form: { architect: "on", architectHours: hours, timeZone: "UTC" },
    });
  }
  for (const form of [
    { architect: "yes" },
    { architect: "on", order: "both-first" },
    { architect: "on", timeZone: "a".repeat(65) },
    { order: "architect-first", architectDate: "2030-01-01" },
    { architect: "on", developer: "ON" },
  ]) {
    add("invalid onboarding dates and hours", "action", { action: "saveEnrollments", form });
  }

  // Public forms: refused by validation (no account created, no throttle point used).
  for (const email of [
    "",
    "not-an-email",
    "a@",
    "@example.com",
    `${"x".repeat(250)}@example.com`,
    "a b@example.com",
  ]) {
    add("sign-up and sign-in garbage", "action", {
      action: "signUp",
      form: { email, password: "correct horse battery staple 42" },
      cookie: "none",
    });
    add("sign-up and sign-in garbage", "action", {
      action: "signIn",
      form: { email, password: "whatever it is" },
      cookie: "none",
    });
  }
  for (const password of ["short", "x".repeat(129), ""]) {
    add("sign-up and sign-in garbage", "action", {
      action: "signUp",
      form: { email: `faults-bad-${password.length}@example.com`, password },
      cookie: "none",
    });
  }
  add("sign-up and sign-in garbage", "action", {
    action: "signIn",
    form: { email: "someone@example.com", password: "" },
    cookie: "none",
  });
  add("sign-up and sign-in garbage", "action", {
    action: "signIn",
    form: { email: "someone@example.com", password: "p".repeat(1_001) },
    cookie: "none",
  });
  add("sign-up and sign-in garbage", "action", {
    action: "signUp",
    form: {
      email: "faults-honeypot@example.com",
      password: "correct horse battery staple 42",
      website: "http://spam.example",
    },
    cookie: "none",
  });
  add("sign-up and sign-in garbage", "action", {
    action: "signUp",
    form: {
      email: "faults-honeypot2@example.com",
      password: "correct horse battery staple 42",
      website: "w".repeat(501),
    },
    cookie: "none",
  });

  // Valid arguments without a valid session: refused before anything is written.
  for (const [i, cookie] of [
    "none",
    "next-auth.session-token=garbage",
    "next-auth.session-token=",
    "tampered",
    "__Secure-next-auth.session-token=x",
    "other-cookie=1",
  ].entries()) {
    add("no or forged session", "action", {
      action: "setItemStatus",
      body: json([{ itemId: item(20 + i), status: "done" }]),
      cookie,
    });
    add("no or forged session", "action", {
      action: "saveNote",
      body: json([{ itemId: item(20 + i), body: "forged" }]),
      cookie,
    });
    add("no or forged session", "action", {
      action: "addEnrollment",
      body: json([{ cert: "developer" }]),
      cookie,
    });
  }

  // Bodies the framework decodes before any app code runs.
  for (const body of INVALID_JSON) add("invalid JSON bodies", "transport", { action: "setItemStatus", body });
  for (const ref of REACT_REFERENCES)
    add("React reference strings", "transport", {
      action: "setItemStatus",
      body: json([{ itemId: ref, status: "done" }]),
    });
  add("over the 1 MiB body limit", "transport", {
    action: "setItemStatus",
    body: json([{ itemId: "a".repeat(OVER_LIMIT), status: "done" }]),
  });
  add("over the 1 MiB body limit", "transport", {
    action: "saveNote",
    body: json([{ itemId: item(12), body: "n".repeat(OVER_LIMIT) }]),
  });
  add("over the 1 MiB body limit", "transport", {
    action: "saveEnrollments",
    form: { architect: "on", architectDate: "d".repeat(OVER_LIMIT) },
  });
  const multipart = (text, boundary = "zzz") => ({
    raw: text,
    contentType: boundary ? `multipart/form-data; boundary=${boundary}` : "multipart/form-data",
  });
  for (const m of [
    multipart("garbage"),
    multipart('--zzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n'),
    multipart('--zzz\r\nContent-Disposition: form-data; name="0"\r\n\r\nnot json\r\n--zzz--\r\n'),
    multipart('--zzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n--zzz--\r\n', null),
    multipart('--zzz\r\nContent-Disposition: form-data; name="_1_architect"\r\n\r\non\r\n--zzz--\r\n'),
  ]) {
    add("broken multipart forms", "transport", { action: "saveEnrollments", ...m });
  }
  for (const id of [
    "7f" + "0".repeat(40),
    "x",
    "a".repeat(1_000),
    "../../etc/passwd",
    "7f3d32ea06a309b20ae44bf5db553dfd0aa9e86c7g",
  ]) {
    add("unknown action ids", "transport", {
      action: "setItemStatus",
      actionId: id,
      body: json([{ itemId: item(13), status: "done" }]),
    });
  }
  return categories;
}

/** Takes cases round-robin over the categories, so every category is in the first 1,000. */
function pick(categories, total) {
  const queues = [...categories.values()].map((list) => [...list]);
  const out = [];
  while (out.length < total && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const next = q.shift();
      if (next && out.length < total) out.push(next);
    }
  }
  return out;
}

function cookieFor(ctx, c) {
  if (c.cookie === "none") return undefined;
  if (c.cookie === "attacker") return ctx.users.attacker.cookie;
  if (c.cookie === "tampered") {
    const value = ctx.users.attacker.cookie;
    const i = value.length - 10;
    return `${value.slice(0, i)}${value[i] === "A" ? "B" : "A"}${value.slice(i + 1)}`;
  }
  return c.cookie;
}

async function send(ctx, c, server) {
  const captured = ctx.actions[c.action];
  const action = c.actionId ? { ...captured, id: c.actionId } : captured;
  const cookie = cookieFor(ctx, c);
  if (c.raw !== undefined) {
    return callAction(server.base, action, {
      body: c.raw,
      cookie,
      headers: { "content-type": c.contentType },
    });
  }
  const body = c.form ? formActionBody(c.form, captured.prefix) : c.body;
  return callAction(server.base, action, { body, cookie });
}

function judge(ctx, c, r) {
  if (c.expect === "ignore") {
    return (
      r.status === 200 &&
      r.result?.ok === true &&
      r.result.data?.changed === false &&
      r.result.data?.itemId === ctx.attackerDoneItem
    );
  }
  return isCleanRefusal(r) && !r.headers?.get("x-action-redirect");
}

export async function malformedPayloads(ctx, checks) {
  console.log(
    `\n2. ${MALFORMED_TOTAL.toLocaleString("en")} malformed payloads to every server action, on instances A and B`,
  );
  const { attacker, victim } = ctx.users;
  const set = ctx.actions.setItemStatus;
  // State the payloads could disturb: the attacker already has one item done; the
  // victim has a status and a note.
  ctx.attackerDoneItem = ctx.items[0];
  const prep = [
    await callAction(ctx.servers.A.base, set, {
      body: JSON.stringify([{ itemId: ctx.attackerDoneItem, status: "done" }]),
      cookie: attacker.cookie,
    }),
    await callAction(ctx.servers.A.base, set, {
      body: JSON.stringify([{ itemId: ctx.items[0], status: "in_progress" }]),
      cookie: victim.cookie,
    }),
    await callAction(ctx.servers.A.base, ctx.actions.saveNote, {
      body: JSON.stringify([{ itemId: ctx.items[1], body: "the victim's note" }]),
      cookie: victim.cookie,
    }),
  ];
  if (prep.some((r) => r.result?.ok !== true))
    throw new Error(`could not prepare test 2: ${prep.map((r) => r.text.slice(0, 200)).join(" | ")}`);

  const cases = pick(catalogue(ctx), MALFORMED_TOTAL);
  if (cases.length !== MALFORMED_TOTAL)
    throw new Error(`the catalogue has only ${cases.length} malformed cases`);
  const before = await snapshot(ctx.pool);
  const servers = [ctx.servers.A, ctx.servers.B];
  const started = performance.now();
  const results = await mapLimit(cases, 6, async (c, i) => {
    const r = await send(ctx, c, servers[i % servers.length]);
    return { c, r, pass: judge(ctx, c, r) };
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await snapshot(ctx.pool);

  const byCategory = {};
  for (const { c, r, pass } of results) {
    const row = (byCategory[c.category] ??= { sent: 0, clean: 0, "5xx": 0 });
    row.sent += 1;
    if (pass) row.clean += 1;
    if (r.status >= 500) row["5xx"] += 1;
  }
  const describe = ({ c, r }) => {
    const what = c.form
      ? `form ${JSON.stringify(c.form).slice(0, 80)}`
      : `body ${JSON.stringify(c.raw ?? c.body).slice(0, 80)}`;
    const got = r.timedOut
      ? "timed out"
      : (r.networkError ??
        `${r.status} ${r.result ? JSON.stringify(r.result).slice(0, 120) : r.error ? `E${JSON.stringify(r.error)}` : r.text.slice(0, 80)}`);
    return `[${c.category}] ${c.action} ${what} → ${got}`;
  };

  const appCases = results.filter((x) => x.c.kind === "action");
  const appBad = appCases.filter((x) => !x.pass);
  checks.record(
    "2a. payloads that reach the action: every one refused with ok:false and a message (extra ids ignored)",
    appBad.length === 0,
    {
      sent: appCases.length,
      "refused cleanly": appCases.filter((x) => x.pass && x.c.expect === "refuse").length,
      "extra user ids ignored (ok:true, changed:false, own row)": appCases.filter(
        (x) => x.pass && x.c.expect === "ignore",
      ).length,
      "5xx": appCases.filter((x) => x.r.status >= 500).length,
      failures: appBad.slice(0, 15).map(describe),
    },
  );

  const transport = results.filter((x) => x.c.kind === "transport");
  const transportBad = transport.filter((x) => !x.pass);
  checks.record(
    "2b. bodies the framework cannot decode (invalid JSON, React references, > 1 MiB, broken multipart, unknown action ids): a 4xx, not a 5xx",
    transportBad.length === 0,
    {
      sent: transport.length,
      "4xx or ok:false": transport.length - transportBad.length,
      "5xx": transport.filter((x) => x.r.status >= 500).length,
      "5xx with a message (not just a digest)": transport.filter(
        (x) => x.r.status >= 500 && x.r.result?.message,
      ).length,
      failures: transportBad.slice(0, 15).map(describe),
    },
  );

  const changes = snapshotDiff(before, after);
  checks.record(
    "2c. no row changed (counts and md5 of User, Enrollment, ItemProgress, ItemNote, Activity, RateLimiterFlexible, Account, Session)",
    changes.length === 0,
    {
      changes,
      rows: Object.fromEntries(Object.entries(after).map(([t, v]) => [t, v.rows])),
    },
  );

  const hung = results.filter((x) => x.r.timedOut || x.r.networkError);
  checks.record(
    "2d. none hung over 10 s or dropped the connection; both servers still running",
    hung.length === 0 && servers.every(isAlive),
    {
      total: results.length,
      seconds: Number(seconds.toFixed(1)),
      "hung or dropped": hung.slice(0, 5).map(describe),
      "per category (sent / clean / 5xx)": Object.fromEntries(
        Object.entries(byCategory).map(([k, v]) => [k, `${v.sent} / ${v.clean} / ${v["5xx"]}`]),
      ),
    },
  );
}
