import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Docker cannot run on our machines, so this checks what docker-compose.yml and
// the Dockerfile promise: services, ports, health checks, volume, env and order.

interface Service {
  image?: string;
  build?: { context: string; target: string };
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const dockerfile = readFileSync("Dockerfile", "utf8");

describe("docker-compose.yml", () => {
  const { db, migrate, app } = compose.services;

  it("runs PostgreSQL 17 with a health check on a named volume", () => {
    expect(db?.image).toMatch(/^postgres:17/);
    expect(db?.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(db?.volumes).toContain("pgdata:/var/lib/postgresql/data");
    expect(compose.volumes).toHaveProperty("pgdata");
  });

  it("applies migrations once the database is healthy, before the app starts", () => {
    expect(migrate?.build?.target).toBe("migrator");
    expect(migrate?.depends_on?.db?.condition).toBe("service_healthy");
    expect(app?.depends_on?.db?.condition).toBe("service_healthy");
    expect(app?.depends_on?.migrate?.condition).toBe("service_completed_successfully");
  });

  it("serves the app on port 3000 with a health check against /api/health", () => {
    expect(app?.build?.target).toBe("runner");
    expect(app?.ports).toContain("3000:3000");
    expect(app?.healthcheck?.test.join(" ")).toContain("/api/health");
  });

  it("gives app and migrations the same database and requires the shared secrets", () => {
    expect(app?.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/planner:.*@db:5432\/planner$/);
    expect(migrate?.environment?.DATABASE_URL).toBe(app?.environment?.DATABASE_URL);
    expect(app?.environment?.NEXTAUTH_SECRET).toMatch(/:\?/);
    expect(app?.environment?.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toMatch(/:\?/);
    expect(app?.environment?.NEXTAUTH_URL).toContain("http://localhost:3000");
  });
});

describe("mail in docker-compose.yml", () => {
  const { app, mailpit } = compose.services;

  it("runs Mailpit with its web inbox on port 8025", () => {
    expect(mailpit?.image).toMatch(/^axllent\/mailpit:/);
    expect(mailpit?.ports).toContain("8025:8025");
  });

  it("points the app's SMTP_URL at Mailpit's SMTP port unless .env says otherwise, with a sender", () => {
    expect(app?.environment?.SMTP_URL).toBe("${SMTP_URL:-smtp://mailpit:1025}");
    expect(app?.environment?.MAIL_FROM).toMatch(/^\$\{MAIL_FROM:-.+<.+@.+>\}$/);
    expect(app?.depends_on?.mailpit?.condition).toBe("service_started");
  });
});

describe("Dockerfile", () => {
  it("builds in stages and runs the standalone server as a non-root user", () => {
    for (const stage of ["deps", "builder", "migrator", "runner"]) {
      expect(dockerfile).toMatch(new RegExp(`^FROM .+ AS ${stage}$`, "m"));
    }
    expect(dockerfile).toContain(".next/standalone");
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/CMD \["node", "--max-semi-space-size=32", "server.js"\]/);
    expect(dockerfile).toMatch(/CMD \["npm", "run", "db:migrate"\]/);
  });

  it("matches next.config.js's standalone output", () => {
    expect(readFileSync("next.config.js", "utf8")).toMatch(/output: "standalone"/);
  });
});
