/** The contract between a form (or a client mutation) and its server action. */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: "unauthorized" | "invalid" | "forbidden" | "not_found" | "conflict" | "throttled" | "server";
      message: string;
      fieldErrors?: FieldErrors;
      /** What the form held (never a password), so it comes back filled in. Set by the form wrappers. */
      values?: Record<string, string>;
    };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export function fail(code: ActionFailure["code"], message: string, fieldErrors?: FieldErrors): ActionFailure {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return message ? { ok: true, data, message } : { ok: true, data };
}
