import type { Metadata } from "next";
import Link from "next/link";

import { peekEmailToken } from "@/lib/auth/email-tokens";
import { requestNow } from "@/lib/clock/request";

import { ResetPasswordForm } from "../_components/reset-password-form";

export const metadata: Metadata = {
  title: "Choose a new password",
  // The address holds a single-use token: keep it out of referrer headers.
  referrer: "no-referrer",
};

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  // Only looked at here; the token is used when the form is sent.
  const record = await peekEmailToken(token, await requestNow());
  const valid = typeof token === "string" && record?.purpose === "password_reset";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      {valid ? (
        <>
          <p className="text-slate-700">
            For <strong className="break-all">{record.email}</strong>. Every other device signed in to this
            account will be signed out.
          </p>
          <ResetPasswordForm token={token} email={record.email} />
        </>
      ) : (
        <div role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-4 text-red-800">
          <p>This link has expired or has already been used. Reset links work once, for 30 minutes.</p>
          <Link href="/forgot-password" className="underline">
            Send a new reset link
          </Link>
        </div>
      )}
    </div>
  );
}
