import { confirmEmail, signIn, signUp } from "@/lib/actions/auth";

import { mailbox } from "./db";
import { linkIn } from "./mail-server";
import { form, newBrowser, redirectOf, settleAfterTasks } from "./next-request";

let ipCounter = 0;

/** A documentation address (RFC 5737) no other test uses, so sign-ups stay under the per-address limit. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.18.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

/** The token of the newest link to `path` mailed to `email`. */
export async function mailedToken(email: string, path: string, n = 1): Promise<string> {
  await settleAfterTasks();
  const mail = await mailbox().waitFor(email, n);
  const token = linkIn(mail, path).searchParams.get("token");
  if (!token) throw new Error(`no token in the ${path} link mailed to ${email}`);
  return token;
}

/**
 * A new account, confirmed and signed in on a new fake browser, the way a person gets there:
 * sign up, open the verification mail, confirm, sign in.
 */
export async function signUpAndSignIn(email: string, password: string): Promise<void> {
  newBrowser(freshIp());
  const result = await signUp(null, form({ email, password }));
  if (!result.ok) throw new Error(`sign-up of ${email} refused: ${result.message}`);
  const token = await mailedToken(email, "/verify-email");
  const confirmed = await confirmEmail(null, form({ token }));
  if (!confirmed.ok) throw new Error(`confirming ${email} failed: ${confirmed.message}`);
  await redirectOf(() => signIn(null, form({ email, password })));
}
