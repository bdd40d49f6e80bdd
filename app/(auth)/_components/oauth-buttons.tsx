"use client";

import { useState } from "react";

/** One button per configured OAuth provider (rendered only when its env variables are set). */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4">
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          disabled={pending !== null}
          onClick={() => {
            setPending(p.id);
            // Loaded on click: most visitors never need next-auth's client.
            void import("next-auth/react").then(({ signIn }) => signIn(p.id, { callbackUrl }));
          }}
          className="w-full rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-70"
        >
          {pending === p.id ? `Opening ${p.name}…` : `Continue with ${p.name}`}
        </button>
      ))}
    </div>
  );
}
