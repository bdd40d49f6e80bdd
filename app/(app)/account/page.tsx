import type { Metadata } from "next";

import { requireUser } from "@/lib/auth";

import { ChangePasswordForm } from "./_components/change-password-form";
import { DeleteAccountForm, SignOutEverywhereForm } from "./_components/danger-zone";

export const metadata: Metadata = { title: "Account" };

function Section({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Account</h1>
        <p className="text-slate-700">Signed in as {user.email}</p>
      </div>
      <Section title="Change password" id="password-heading">
        <ChangePasswordForm />
      </Section>
      <Section title="Your data" id="data-heading">
        <p className="text-slate-700">Download everything the app stores about you as a JSON file.</p>
        <a
          href="/account/export"
          download
          className="inline-flex rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          Export my data
        </a>
      </Section>
      <Section title="Sessions" id="sessions-heading">
        <p className="text-slate-700">Signed in on a shared or lost device? Sign out of every device at once.</p>
        <SignOutEverywhereForm />
      </Section>
      <Section title="Delete account" id="delete-heading">
        <DeleteAccountForm email={user.email} />
      </Section>
    </div>
  );
}
