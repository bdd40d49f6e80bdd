import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      email: string;
      timeZone: string;
    } & Omit<NonNullable<DefaultSession["user"]>, "email">;
  }

  interface User {
    id: string;
    email?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** User id. */
    sub?: string;
    email?: string | null;
    /** The random session id; its sha256 names the user's "Session" row (lib/auth/sessions.ts). */
    sid?: string;
    /** The user's time zone, refreshed from the database on every read. */
    tz?: string;
  }
}
