"use client";

import { useState } from "react";

import { benchNoop } from "./actions";

export function NoopButton() {
  const [result, setResult] = useState<string>("");
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={async () => {
          const r = await benchNoop({ itemId: "bench-item", status: "done" });
          setResult(r.ok ? "ok" : "disabled");
        }}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 font-medium hover:bg-slate-100"
      >
        Call the no-op action
      </button>
      <p role="status">{result}</p>
    </div>
  );
}
