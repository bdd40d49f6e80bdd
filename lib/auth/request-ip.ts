import "server-only";

import { headers } from "next/headers";

import { getEnv } from "@/lib/env";

import { clientIp } from "./request";

/** The client address of this request, as the limits key it (see clientIp). */
export async function requestIp(): Promise<string> {
  return clientIp(await headers(), getEnv().AUTH_TRUSTED_PROXY_HOPS);
}
