-- The schedule (ADR 022, 023) is derived on every request; only the user's own choices are
-- stored: items moved to a week (pins), hours set for a single week, and the private
-- calendar feed's token.

-- CreateTable
CREATE TABLE "SchedulePin" (
    "userId" UUID NOT NULL,
    "itemId" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchedulePin_pkey" PRIMARY KEY ("userId","itemId")
);

-- CreateTable
CREATE TABLE "WeekHours" (
    "userId" UUID NOT NULL,
    "week" DATE NOT NULL,
    "hours" INTEGER NOT NULL,

    CONSTRAINT "WeekHours_pkey" PRIMARY KEY ("userId","week"),
    CONSTRAINT "WeekHours_hours_check" CHECK ("hours" BETWEEN 0 AND 80),
    CONSTRAINT "WeekHours_week_monday_check" CHECK (EXTRACT(ISODOW FROM "week") = 1)
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- AddForeignKey
ALTER TABLE "SchedulePin" ADD CONSTRAINT "SchedulePin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeekHours" ADD CONSTRAINT "WeekHours_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
