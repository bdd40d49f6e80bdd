import { certifications, type CertId } from "@/lib/curriculum";

export function CareerPaths({ certs }: { certs: readonly CertId[] }) {
  return (
    <div className="space-y-3">
      <h3 className="text-xl font-semibold">
        Where {certs.length > 1 ? "these exams" : "this exam"} can take you
      </h3>
      <div className={`grid gap-4 ${certs.length > 1 ? "md:grid-cols-2" : ""}`}>
        {certs.map((cert) => {
          const c = certifications[cert];
          return (
            <article key={cert} className="space-y-4 rounded-lg border border-slate-200 p-4">
              <h4 className="text-lg font-semibold">{c.shortName} – Associate</h4>
              <div>
                <h5 className="font-medium text-slate-900">Typical roles</h5>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
                  {c.roles.map((role) => (
                    <li key={role}>{role}</li>
                  ))}
                </ul>
              </div>
              <div>
                <h5 className="font-medium text-slate-900">A typical career ladder, first rung first</h5>
                <ol className="mt-2 space-y-2">
                  {c.careerLadder.map((rung, index) => (
                    <li key={rung} className="flex items-center gap-3">
                      <span
                        aria-hidden="true"
                        className="flex size-7 shrink-0 items-center justify-center rounded-full border border-slate-400 text-sm font-semibold text-slate-700"
                      >
                        {index + 1}
                      </span>
                      <span className="text-slate-800">{rung}</span>
                    </li>
                  ))}
                </ol>
              </div>
            </article>
          );
        })}
      </div>
    </div>
  );
}
