/**
 * Next 16.4.6 answers a server-action body it cannot decode (invalid JSON, references to rows a
 * plain-text body cannot have, over the 1 MiB limit, broken multipart) with a 500 and a digest
 * (its action-handler.js: "TODO … respond with a 413"); the fault tests counted 38 of 46 such
 * bodies (ADR 005). This refuses the obvious cases first with a 400 or 413, before Next decodes.
 * It only ever refuses bodies Next would fail on: a body it lets through is decoded by Next as usual.
 */

/** Next's default serverActions.bodySizeLimit. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Plain-text action bodies are one row: references to other rows ("$@1", "$Q2", "$T"…) cannot
 * resolve. Escapes ("$$"), special values ("$undefined", "$NaN", "$Infinity", "$-Infinity",
 * "$-0"), dates ("$D…") and bigints ("$n123") stand on their own.
 */
export function hasUnresolvableReference(value: unknown): boolean {
  if (typeof value === "string")
    return value.startsWith("$") && !/^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n\d)/.test(value);
  if (Array.isArray(value)) return value.some(hasUnresolvableReference);
  if (value && typeof value === "object") return Object.values(value).some(hasUnresolvableReference);
  return false;
}

type GuardAnswer = { status: 400 | 413; body: string } | null;

const INVALID: GuardAnswer = { status: 400, body: "Invalid Server Action request." };
const TOO_LARGE: GuardAnswer = { status: 413, body: "Request body too large." };

/** The refusal for a server-action request Next could not decode, or null to let it through. */
export async function refuseUndecodableAction(request: Request): Promise<GuardAnswer> {
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return TOO_LARGE;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    // A fetch action's form always carries its root row "0", itself JSON.
    try {
      const root = (await request.clone().formData()).get("0");
      if (typeof root !== "string") return INVALID;
      JSON.parse(root);
      return null;
    } catch {
      return INVALID;
    }
  }
  const text = await request.clone().text();
  if (text.length > ACTION_BODY_LIMIT) return TOO_LARGE;
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && !hasUnresolvableReference(args) ? null : INVALID;
  } catch {
    return INVALID;
  }
}
