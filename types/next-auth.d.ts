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
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** User id. */
    sub?: string;
    email?: string | null;
    /** The user's session version when the token was issued; a mismatch means revoked. */
    sv?: number;
    /** The user's time zone, refreshed from the database on every read. */
    tz?: string;
  }
}
