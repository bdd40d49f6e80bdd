import { certificationLevels } from "@/lib/curriculum";

export function CertificationLevels() {
  return (
    <div className="space-y-3">
      <h3 className="text-xl font-semibold">Where these exams sit among AWS certifications</h3>
      <p className="max-w-3xl text-slate-700">
        AWS groups its certifications into four levels. Both exams in this guide are at the Associate level.
      </p>
      <ol className="grid gap-3 sm:grid-cols-2">
        {certificationLevels.map((level) => {
          const here = level.name === "Associate";
          return (
            <li
              key={level.name}
              className={`rounded-lg border p-4 ${here ? "border-2 border-brand-600 bg-brand-50" : "border-slate-200"}`}
            >
              <p className="font-semibold text-slate-900">
                {level.name}
                {here ? (
                  <>
                    {" "}
                    <span className="ml-1 text-sm font-medium text-brand-700">(these exams)</span>
                  </>
                ) : null}
              </p>
              <p className="mt-1 text-slate-700">{level.description}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
