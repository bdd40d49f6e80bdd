import type { Metadata } from "next";

import { emailEnabled } from "@/lib/env";

import { ForgotPasswordForm } from "../_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Forgot your password?</h1>
        <p className="text-slate-700">
          Enter the email address of your account and we will send you a link to choose a new password.
        </p>
      </div>
      {emailEnabled() ? (
        <ForgotPasswordForm />
      ) : (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          This server sends no mail, so passwords cannot be reset by email. Ask its administrator.
        </p>
      )}
    </div>
  );
}
