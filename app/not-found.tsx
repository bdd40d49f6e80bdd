import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-700">The page you asked for does not exist or is no longer shared.</p>
      <Link href="/" className="text-brand-700 underline">
        Back to the home page
      </Link>
    </div>
  );
}
