-- Server-side session records: the session cookie names one "Session" row (by the sha256 of its
-- random id); signing out deletes it. Absolute lifetime in "expires", idle lifetime from "lastSeenAt".
-- They replace the per-user session version, so every session issued before this migration ends.
DELETE FROM "Session";

ALTER TABLE "Session" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE "User" DROP COLUMN "sessionVersion";

-- CreateEnum
CREATE TYPE "EmailTokenPurpose" AS ENUM ('password_reset', 'verify_email', 'change_email');

-- Single-use tokens sent by mail. Only the sha256 of the token is stored.
-- CreateTable
CREATE TABLE "EmailToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "purpose" "EmailTokenPurpose" NOT NULL,
    "email" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EmailToken_userId_purpose_idx" ON "EmailToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "EmailToken_expires_idx" ON "EmailToken"("expires");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rate-limit counters were keyed by the plain email address and IP; they are keyed by an HMAC now.
DELETE FROM "RateLimiterFlexible";
