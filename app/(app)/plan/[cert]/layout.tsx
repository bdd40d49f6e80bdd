import { notFound } from "next/navigation";

import { Providers } from "@/app/providers";
import { isCertId } from "@/lib/curriculum";

/**
 * Rejects unknown exams before the page reads anything. The plan has no loading.tsx (ADR 042):
 * its HTML goes out in one piece, so a 404 from here or from the page is a real 404 status.
 */
export default async function PlanCertLayout({ children, params }: LayoutProps<"/plan/[cert]">) {
  const { cert } = await params;
  if (!isCertId(cert)) notFound();
  // React Query serves the interactive checklist only; other pages don't load it.
  return <Providers>{children}</Providers>;
}
