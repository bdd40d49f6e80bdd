/**
 * A stand-in for one browser talking to the app, for integration tests that call
 * server actions directly: `next/headers` reads this cookie jar and these headers
 * (see integration-setup.ts, which mocks `next/headers` and `next/cache`).
 */
import { ResponseCookies } from "next/dist/compiled/@edge-runtime/cookies";

export const browser = {
  cookies: new Map<string, string>(),
  headers: new Headers({ "x-forwarded-for": "203.0.113.10" }),
  revalidated: [] as string[],
  /** Every Set-Cookie header the app wrote, serialized exactly as Next would send it. */
  setCookieHeaders: [] as string[],
};

function serialize(write: (cookies: ResponseCookies) => void): string {
  const headers = new Headers();
  write(new ResponseCookies(headers));
  return headers.get("set-cookie") ?? "";
}

const afterTasks: Promise<unknown>[] = [];

/** Stand-in for next/server's after(): runs the task now and remembers it. */
export function trackAfterTask(task: Promise<unknown> | (() => unknown)): void {
  afterTasks.push(Promise.resolve().then(() => (typeof task === "function" ? task() : task)));
}

/** Waits for every after() task started so far (mails being sent). */
export async function settleAfterTasks(): Promise<void> {
  while (afterTasks.length) await afterTasks.shift();
}

/** Start over as a new, anonymous visitor (optionally from another IP). */
export function newBrowser(ip = "203.0.113.10") {
  browser.cookies.clear();
  browser.headers = new Headers({ "x-forwarded-for": ip });
  browser.revalidated.length = 0;
  browser.setCookieHeaders.length = 0;
}

export function snapshotCookies(): Map<string, string> {
  return new Map(browser.cookies);
}

export function restoreCookies(saved: Map<string, string>) {
  browser.cookies.clear();
  for (const [k, v] of saved) browser.cookies.set(k, v);
}

export const fakeNextHeaders = {
  async cookies() {
    return {
      get: (name: string) =>
        browser.cookies.has(name) ? { name, value: browser.cookies.get(name)! } : undefined,
      getAll: () => [...browser.cookies].map(([name, value]) => ({ name, value })),
      has: (name: string) => browser.cookies.has(name),
      set: (name: string, value: string, options?: Record<string, unknown>) => {
        browser.cookies.set(name, value);
        browser.setCookieHeaders.push(serialize((c) => c.set(name, value, options)));
      },
      delete: (arg: string | ({ name: string } & Record<string, unknown>)) => {
        browser.cookies.delete(typeof arg === "string" ? arg : arg.name);
        browser.setCookieHeaders.push(serialize((c) => c.delete(arg as never)));
      },
    };
  },
  async headers() {
    const h = new Headers(browser.headers);
    h.set("cookie", [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    return h;
  },
};

/** Form data as a browser's form would send it. */
export function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

/** Runs a server action that should redirect; returns the target. */
export async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = await run();
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
      return digest.split(";")[2] ?? "";
    }
    throw error;
  }
}
