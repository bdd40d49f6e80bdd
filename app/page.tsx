export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Pass your AWS associate exam on a plan you can see
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          AWS Study Planner turns the Solutions Architect – Associate (SAA-C03) and Developer – Associate
          (DVA-C02) exams into a four-step checklist, tracks every item you finish, and tells you whether you
          are on pace for your exam date.
        </p>
      </section>
    </div>
  );
}
