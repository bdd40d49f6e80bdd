import { CERT_IDS, type CertId } from "../curriculum/types";

/**
 * Where "Start this plan" goes. Signed-in people go straight to onboarding with
 * the recommended exams preselected; everyone else signs up first and lands
 * there afterwards (the sign-up form honours a same-origin `callbackUrl`).
 */
export function startPlanHref(order: readonly CertId[], signedIn: boolean): string {
  const certs = order.filter((cert, index) => CERT_IDS.includes(cert) && order.indexOf(cert) === index);
  const onboarding = certs.length > 0 ? `/onboarding?certs=${certs.join(",")}` : "/onboarding";
  return signedIn ? onboarding : `/signup?callbackUrl=${encodeURIComponent(onboarding)}`;
}
