-- Practice exams and real exam results (issue #14, ADR 026/027): one row per
-- attempt, one row per domain it reports on. Scores are checked here as well as
-- in the server actions, so no path can store a percent over 100 or a scaled
-- score outside AWS's 100–1000 range.

-- CreateEnum
CREATE TYPE "AttemptKind" AS ENUM ('practice', 'official');

-- CreateEnum
CREATE TYPE "PracticeSource" AS ENUM ('aws_practice_question_set', 'skill_builder_practice_exam', 'skill_builder_pretest', 'tutorials_dojo', 'whizlabs', 'other');

-- CreateEnum
CREATE TYPE "PracticeMode" AS ENUM ('timed_full_exam', 'domain_set', 'review');

-- CreateTable
CREATE TABLE "ExamAttempt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "cert" "Cert" NOT NULL,
    "examCode" TEXT NOT NULL,
    "kind" "AttemptKind" NOT NULL,
    "takenOn" DATE NOT NULL,
    "source" "PracticeSource",
    "sourceName" TEXT,
    "mode" "PracticeMode",
    "questions" INTEGER,
    "correct" INTEGER,
    "percent" DOUBLE PRECISION,
    "scaledScore" INTEGER,
    "passed" BOOLEAN,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExamAttempt_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ExamAttempt_percent_check" CHECK ("percent" IS NULL OR ("percent" >= 0 AND "percent" <= 100)),
    CONSTRAINT "ExamAttempt_scaledScore_check" CHECK ("scaledScore" IS NULL OR ("scaledScore" BETWEEN 100 AND 1000)),
    CONSTRAINT "ExamAttempt_correct_check" CHECK ("correct" IS NULL OR ("correct" >= 0 AND ("questions" IS NULL OR "correct" <= "questions"))),
    CONSTRAINT "ExamAttempt_kind_check" CHECK (
        ("kind" = 'practice' AND "percent" IS NOT NULL AND "source" IS NOT NULL AND "mode" IS NOT NULL AND "scaledScore" IS NULL AND "passed" IS NULL)
        OR ("kind" = 'official' AND "scaledScore" IS NOT NULL AND "passed" IS NOT NULL AND "percent" IS NULL)
    )
);

-- CreateTable
CREATE TABLE "ExamAttemptDomain" (
    "attemptId" UUID NOT NULL,
    "domainId" TEXT NOT NULL,
    "percent" DOUBLE PRECISION,
    "correct" INTEGER,
    "total" INTEGER,
    "meets" BOOLEAN,

    CONSTRAINT "ExamAttemptDomain_pkey" PRIMARY KEY ("attemptId","domainId"),
    CONSTRAINT "ExamAttemptDomain_percent_check" CHECK ("percent" IS NULL OR ("percent" >= 0 AND "percent" <= 100)),
    CONSTRAINT "ExamAttemptDomain_correct_check" CHECK ("correct" IS NULL OR ("total" > 0 AND "correct" >= 0 AND "correct" <= "total"))
);

-- CreateIndex
CREATE INDEX "ExamAttempt_userId_takenOn_idx" ON "ExamAttempt"("userId", "takenOn");

-- AddForeignKey
ALTER TABLE "ExamAttempt" ADD CONSTRAINT "ExamAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamAttemptDomain" ADD CONSTRAINT "ExamAttemptDomain_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "ExamAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
