import { DashboardSkeleton } from "@/app/_components/dashboard/skeletons";

/** Shown while the dashboard loads: each widget's shape, without content. */
export default function DashboardLoading() {
  return <DashboardSkeleton />;
}
