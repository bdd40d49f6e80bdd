import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/auth";
import { configuredOAuthProviders } from "@/lib/auth/providers";
import { safeCallbackPath } from "@/lib/auth/request";

import { OAuthButtons } from "../_components/oauth-buttons";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  everywhere: "You have been signed out on every device.",
};
const ERRORS: Record<string, string> = {
  OAuthAccountNotLinked:
    "An account with this email already exists. Sign in with your email and password; we never link accounts automatically.",
  OAuthSignin: "Signing in with that provider did not work. Please try again.",
  OAuthCallback: "Signing in with that provider did not work. Please try again.",
};

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl as "/");
  const signedOut = typeof params.signedOut === "string" ? NOTICES[params.signedOut] : undefined;
  const error = typeof params.error === "string" ? (ERRORS[params.error] ?? ERRORS.OAuthSignin) : undefined;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {signedOut ? <p className="rounded-md bg-slate-100 px-3 py-2 text-sm">{signedOut}</p> : null}
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <SignInForm callbackUrl={params.callbackUrl ? callbackUrl : undefined} />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={callbackUrl} />
    </div>
  );
}
