import type { Metadata } from "next";
import Link from "next/link";

import { peekEmailToken } from "@/lib/auth/email-tokens";
import { safeCallbackPath } from "@/lib/auth/request";
import { requestNow } from "@/lib/clock/request";

import { ConfirmEmailForm } from "../_components/confirm-email-form";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

/**
 * Opening the link only shows this page; the address is confirmed by the button (a POST), so mail
 * scanners that fetch every link in a mail confirm nothing.
 */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token, next } = await searchParams;
  const record = await peekEmailToken(token, await requestNow());
  const valid =
    typeof token === "string" && (record?.purpose === "verify_email" || record?.purpose === "change_email");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Confirm your email address</h1>
      {valid ? (
        <>
          <p className="text-slate-700">
            {record.purpose === "change_email" ? "Use " : "Confirm that "}
            <strong className="break-all">{record.email}</strong>
            {record.purpose === "change_email"
              ? " for your account from now on."
              : " is the address of your account."}
          </p>
          <ConfirmEmailForm
            token={token}
            change={record.purpose === "change_email"}
            next={safeCallbackPath(next, "/onboarding")}
          />
        </>
      ) : (
        <div role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-4 text-red-800">
          <p>This link has expired or has already been used.</p>
          <p>
            Signed in? The banner at the top of your pages sends a new link.{" "}
            <Link href="/signin" className="underline">
              Sign in
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
