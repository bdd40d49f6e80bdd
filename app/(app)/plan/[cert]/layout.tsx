import { notFound } from "next/navigation";

import { Providers } from "@/app/providers";
import { isCertId } from "@/lib/curriculum";

/**
 * Rejects unknown exams above loading.tsx's Suspense boundary: there the 404 status
 * can still be sent, while a notFound() in the page comes after the loading shell
 * has already gone out with a 200.
 */
export default async function PlanCertLayout({ children, params }: LayoutProps<"/plan/[cert]">) {
  const { cert } = await params;
  if (!isCertId(cert)) notFound();
  // React Query serves the interactive checklist only; other pages don't load it.
  return <Providers>{children}</Providers>;
}
