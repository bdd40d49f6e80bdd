import { connection } from "next/server";

import { NoopButton } from "./noop-button";

/** Hosts the no-op server action so the benchmark can capture the request a browser sends. */
export default async function BenchActionPage() {
  await connection();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">No-op server action baseline</h1>
      <NoopButton />
    </div>
  );
}
