import type { ReactNode } from "react";

/** The answer after a form that sent a mail; focusable and announced, so it is not missed. */
export function CheckYourEmail({ email, children }: { email: string; children: ReactNode }) {
  return (
    <div
      role="status"
      className="space-y-3 rounded-md border border-green-200 bg-green-50 p-4 text-green-900"
    >
      <h2 className="text-lg font-semibold">Check your email</h2>
      <p>
        We sent a mail to <strong className="break-all">{email}</strong>.
      </p>
      <p className="text-sm">{children}</p>
    </div>
  );
}
