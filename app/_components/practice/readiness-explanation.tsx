import { PASS_PERCENT } from "@/lib/readiness/types";

// One text node: written as a single string, it renders as one (not five) on every dashboard request.
const TEXT = `Readiness combines two figures per exam domain: coverage, the share of the domain's topics you have done, and evidence, your average score in that domain over your last three practice attempts measured against the ${PASS_PERCENT} % pass line (${PASS_PERCENT} % or more counts in full). With evidence, a domain's readiness is the average of the two but never more than the evidence, so ticking every topic does not make a weak practice score ready; without it, the domain shows coverage alone and says “no practice evidence yet”. Domains are weighted as in the official exam guide; skipped topics still count as not done, and real exam results put their weak domains on the drill list instead of into the figure.`;

/** How readiness combines coverage and evidence (ADR 026), in one paragraph, wherever the figure shows. */
export function ReadinessExplanation({ className = "text-sm text-slate-700" }: { className?: string }) {
  return <p className={className}>{TEXT}</p>;
}
