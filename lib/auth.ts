import "server-only";

import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { authenticate, normalizeEmail, throttleMessage } from "@/lib/auth/credentials";
import { limits } from "@/lib/auth/limits-instance";
import { configuredOAuthProviders } from "@/lib/auth/providers";
import { clientIp } from "@/lib/auth/request";
import {
  decodeSessionToken,
  encodeSessionToken,
  guardedDecode,
  SESSION_MAX_AGE_SECONDS,
  sessionCookieName,
} from "@/lib/auth/session-token";
import { createSession, deleteSession, findSessionUser, type SessionUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { authSecret, getEnv, type Env } from "@/lib/env";

class SessionRevokedError extends Error {
  override name = "SessionRevokedError";
}

/** next-auth providers for the OAuth apps configured in the environment. */
function oauthProviders(env: Env = getEnv()) {
  return configuredOAuthProviders(env).map((p) =>
    p.id === "github"
      ? GitHubProvider({ clientId: env.GITHUB_ID ?? "", clientSecret: env.GITHUB_SECRET ?? "" })
      : GoogleProvider({
          clientId: env.GOOGLE_CLIENT_ID ?? "",
          clientSecret: env.GOOGLE_CLIENT_SECRET ?? "",
        }),
  );
}

/**
 * OAuth sign-in without an adapter: find the linked account, or create a new user
 * for it. An existing email/password account is never linked automatically (that
 * would let whoever controls the OAuth account take it over).
 */
async function resolveOAuthUser(user: User, provider: string, providerAccountId: string) {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true } } },
  });
  if (linked) return linked.user;
  const email = user.email ? normalizeEmail(user.email) : null;
  if (!email) return null;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return null;
  return db.user.create({
    data: {
      email,
      name: user.name ?? null,
      accounts: { create: { type: "oauth", provider, providerAccountId } },
    },
    select: { id: true },
  });
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // The same encoding as our own cookie, and the same header check before decrypting.
  jwt: {
    maxAge: SESSION_MAX_AGE_SECONDS,
    encode: ({ token }) => (token ? encodeSessionToken(token) : Promise.resolve("")),
    decode: guardedDecode,
  },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const result = await authenticate(db, limits(), {
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          ip: clientIp(await headers(), getEnv().AUTH_TRUSTED_PROXY_HOPS),
        });
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new Error(throttleMessage(result.retryAt));
        return null;
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.type === "credentials") return true;
      const resolved = await resolveOAuthUser(user, account.provider, account.providerAccountId);
      if (!resolved) return "/signin?error=OAuthAccountNotLinked";
      user.id = resolved.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        // A sign-in through next-auth (OAuth, or its credentials endpoint): a new session record.
        token.sub = user.id;
        token.sid = await createSession(user.id);
      }
      const current = typeof token.sid === "string" ? await findSessionUser(token.sid) : null;
      if (!current || current.id !== token.sub) throw new SessionRevokedError();
      token.email = current.email;
      token.tz = current.timeZone;
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.sub ?? "", email: token.email ?? "", timeZone: token.tz ?? "UTC" };
      return session;
    },
  },
  events: {
    // next-auth's own sign-out endpoint (the app's forms use lib/auth/session-cookie.ts): end the record too.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await deleteSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      // A replayed cookie of a revoked session is expected, not an error.
      const cause = (metadata as { message?: string; name?: string } | undefined) ?? {};
      if (code === "JWT_SESSION_ERROR" && cause.name === "SessionRevokedError") return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      if (code !== "DEBUG_ENABLED") console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};

export type CurrentUser = SessionUser;

/**
 * The signed-in user of this request, or null. Reads next-auth's session cookie directly (same
 * secret, same format), then checks its session record in one statement; memoized per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await decodeSessionToken((await cookies()).get(sessionCookieName())?.value);
  if (!token || typeof token.sid !== "string") return null;
  const user = await findSessionUser(token.sid); // a database outage throws: an error page, not a sign-out
  return user && user.id === token.sub ? user : null;
});

/** For pages behind sign-in: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get("x-pathname") ?? "/dashboard";
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}
