-- One row per notice a user has dismissed (e.g. "version-change:DVA-C03", the
-- notice that the Developer exam moved to a new version). Notices are content,
-- not rows: this table only remembers "seen, don't show again".

-- CreateTable
CREATE TABLE "NoticeDismissal" (
    "userId" UUID NOT NULL,
    "notice" TEXT NOT NULL,
    "dismissedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeDismissal_pkey" PRIMARY KEY ("userId","notice")
);

-- AddForeignKey
ALTER TABLE "NoticeDismissal" ADD CONSTRAINT "NoticeDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
