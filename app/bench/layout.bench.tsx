import type { Metadata } from "next";
import type { ReactNode } from "react";

// Baselines for the benchmark (scripts/bench.mjs). The `.bench.tsx` route files exist only in
// builds made with BENCH_ROUTES=1 (next.config.js adds the extension); never worth indexing.
export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false, follow: false } };

export default function BenchLayout({ children }: { children: ReactNode }) {
  return children;
}
