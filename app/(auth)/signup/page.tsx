import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/auth";
import { configuredOAuthProviders } from "@/lib/auth/providers";
import { safeCallbackPath } from "@/lib/auth/request";

import { OAuthButtons } from "../_components/oauth-buttons";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const params = await searchParams;
  const callbackUrl = params.callbackUrl ? safeCallbackPath(params.callbackUrl, "/onboarding") : undefined;
  if (await getCurrentUser()) redirect((callbackUrl ?? "/dashboard") as "/");

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Create your account</h1>
        <p className="text-slate-700">Free. Your plan and progress follow you to every device.</p>
      </div>
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={callbackUrl ?? "/onboarding"} />
    </div>
  );
}
