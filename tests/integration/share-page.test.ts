import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import SharedProgressPage from "@/app/u/[slug]/page";
import { saveEnrollments, saveNote, setItemStatus } from "@/lib/actions/plan";
import { disableSharing, enableSharing } from "@/lib/actions/portability";
import { getCurrentUser } from "@/lib/auth";
import { itemsForCert } from "@/lib/curriculum";

import { signUpAndSignIn } from "../support/accounts";
import { form, newBrowser, redirectOf } from "../support/next-request";

async function render(slug: string): Promise<string> {
  const element = await SharedProgressPage({ params: Promise.resolve({ slug }) } as never);
  return renderToString(element);
}

async function expectNotFound(slug: string) {
  await expect(render(slug)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
}

describe("the public progress page", () => {
  it("shows progress without email or notes, and 404s after the link is revoked", async () => {
    newBrowser();
    const email = `share-${Date.now()}@example.com`;
    await signUpAndSignIn(email, "correct horse battery staple 42");
    await redirectOf(() => saveEnrollments(null, form({ architect: "on" })));
    const item = itemsForCert("architect")[0]!;
    await setItemStatus({ itemId: item.id, status: "done" });
    await saveNote({ itemId: item.id, body: "PRIVATE-NOTE-TEXT" });
    expect(await getCurrentUser()).not.toBeNull();

    const shared = await enableSharing({});
    const slug = shared.ok ? shared.data.slug! : "";
    const html = await render(slug);
    expect(html).toContain("Study progress");
    expect(html).toContain("SAA-C03");
    expect(html).toContain("1 item done so far");
    expect(html).not.toContain(email);
    expect(html).not.toContain("PRIVATE-NOTE-TEXT");
    expect(html).not.toContain('href="/plan/');

    const regenerated = await enableSharing({});
    const slug2 = regenerated.ok ? regenerated.data.slug! : "";
    await expectNotFound(slug);
    expect(await render(slug2)).toContain("Study progress");

    await disableSharing({});
    await expectNotFound(slug2);
    await expectNotFound("not-a-real-slug-at-all");
  });
});
