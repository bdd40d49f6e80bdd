-- Spaced review of finished items (FSRS through ts-fsrs; docs/decisions/029, 030, 031).
-- A done item is a review card: one row per user and item in "ReviewCard" holding its
-- FSRS memory state and the local day it is next due. Every rating appends a row to
-- "ReviewLog" (never updated or deleted by the app). set_item_status() creates the card
-- when an item becomes done and deletes it when it stops being done, in the same
-- statement as the check-off.

-- CreateEnum
CREATE TYPE "ReviewRating" AS ENUM ('again', 'hard', 'good', 'easy');

-- AlterTable: desired retention in percent (80, 85, 90 or 95), 90 by default.
ALTER TABLE "User" ADD COLUMN "reviewRetention" INTEGER NOT NULL DEFAULT 90;
ALTER TABLE "User" ADD CONSTRAINT "User_reviewRetention_check" CHECK ("reviewRetention" IN (80, 85, 90, 95));

-- CreateTable
CREATE TABLE "ReviewCard" (
    "userId" UUID NOT NULL,
    "itemId" TEXT NOT NULL,
    "state" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "lastReview" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewCard_pkey" PRIMARY KEY ("userId","itemId"),
    CONSTRAINT "ReviewCard_state_check" CHECK ("state" BETWEEN 0 AND 3),
    CONSTRAINT "ReviewCard_memory_check" CHECK ("stability" > 0 AND "difficulty" BETWEEN 1 AND 10),
    CONSTRAINT "ReviewCard_counts_check" CHECK ("reps" >= 0 AND "lapses" >= 0 AND "scheduledDays" >= 0 AND "learningSteps" >= 0)
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "itemId" TEXT NOT NULL,
    "rating" "ReviewRating" NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "state" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ReviewLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewCard_userId_dueOn_idx" ON "ReviewCard"("userId", "dueOn");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");

-- AddForeignKey
ALTER TABLE "ReviewCard" ADD CONSTRAINT "ReviewCard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- set_item_status gains the card: p_first_card is the state ts-fsrs gives a new card rated
-- "Good" at the moment of the tick (computed by the app: lib/review/fsrs.ts,
-- firstReviewCard()), with the first interval for each desired retention the app offers,
-- since the check-off does not read the user's setting before it writes:
--   {"at": "<ISO instant>", "state": 2, "stability": 2.3065, "difficulty": 2.118…,
--    "reps": 1, "lapses": 0, "learningSteps": 0, "intervals": {"80": 8, …}}
-- The card is due on the local day (user's time zone) of the tick plus that interval.
-- Marking an item done without it is refused, so no caller can create a done item
-- without its card by mistake; other statuses do not need it.
DROP FUNCTION set_item_status(UUID, TEXT, "ItemStatus");

CREATE FUNCTION set_item_status(p_user UUID, p_item TEXT, p_status "ItemStatus", p_first_card JSONB DEFAULT NULL)
RETURNS TABLE (previous "ItemStatus", changed BOOLEAN)
LANGUAGE plpgsql AS $$
DECLARE
  v_prev "ItemStatus";
BEGIN
  IF p_status = 'done' AND p_first_card IS NULL THEN
    RAISE EXCEPTION 'set_item_status: marking an item done needs its first review card (p_first_card)';
  END IF;

  INSERT INTO "ItemProgress" ("userId", "itemId", "status", "createdAt", "updatedAt")
  VALUES (p_user, p_item, 'todo', now(), now())
  ON CONFLICT ("userId", "itemId") DO NOTHING;

  SELECT "status" INTO v_prev FROM "ItemProgress"
   WHERE "userId" = p_user AND "itemId" = p_item
   FOR UPDATE;

  IF v_prev = p_status THEN
    RETURN QUERY SELECT v_prev, FALSE;
    RETURN;
  END IF;

  UPDATE "ItemProgress" SET "status" = p_status, "updatedAt" = now()
   WHERE "userId" = p_user AND "itemId" = p_item;

  INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", "at")
  VALUES (p_user, p_item, v_prev, p_status, clock_timestamp());

  IF p_status = 'done' THEN
    INSERT INTO "ReviewCard" ("userId", "itemId", "state", "dueOn", "stability", "difficulty",
                              "scheduledDays", "learningSteps", "reps", "lapses", "lastReview",
                              "createdAt", "updatedAt")
    SELECT p_user, p_item, (c->>'state')::int,
           ((c->>'at')::timestamptz AT TIME ZONE u."timeZone")::date
             + (c->'intervals'->>(u."reviewRetention")::text)::int,
           (c->>'stability')::float8, (c->>'difficulty')::float8,
           (c->'intervals'->>(u."reviewRetention")::text)::int,
           (c->>'learningSteps')::int, (c->>'reps')::int, (c->>'lapses')::int,
           (c->>'at')::timestamptz AT TIME ZONE 'UTC', now(), now()
      FROM "User" u CROSS JOIN (SELECT p_first_card AS c) first_card
     WHERE u.id = p_user
    ON CONFLICT ("userId", "itemId") DO NOTHING;
  ELSIF v_prev = 'done' THEN
    -- Un-ticked, skipped or moved back: no longer reviewed. Its review log stays.
    DELETE FROM "ReviewCard" WHERE "userId" = p_user AND "itemId" = p_item;
  END IF;

  RETURN QUERY SELECT v_prev, TRUE;
END;
$$;

-- Items already done become cards as if ticked when they were last changed, with the
-- values ts-fsrs 5 gives a new card rated "Good" at the default retention of 90 %
-- (stability 2.3065, difficulty 2.11810397, first interval 3 days); a unit test
-- (lib/review/fsrs.test.ts) holds these numbers to the library's.
INSERT INTO "ReviewCard" ("userId", "itemId", "state", "dueOn", "stability", "difficulty",
                          "scheduledDays", "learningSteps", "reps", "lapses", "lastReview",
                          "createdAt", "updatedAt")
SELECT p."userId", p."itemId", 2,
       ((p."updatedAt" AT TIME ZONE 'UTC') AT TIME ZONE u."timeZone")::date + 3,
       2.3065, 2.11810397, 3, 0, 1, 0, p."updatedAt", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
  FROM "ItemProgress" p JOIN "User" u ON u.id = p."userId"
 WHERE p.status = 'done';
