import { describe, expect, it } from "vitest";

import { matchesSearch, searchWords } from "./search";

function matches(text: string, query: string): boolean {
  return matchesSearch(searchWords(text), searchWords(query));
}

describe("searchWords", () => {
  it("cuts text into lower-case words of letters and digits", () => {
    expect(searchWords("Route 53: DNS, health checks & fail-over")).toEqual([
      "route",
      "53",
      "dns",
      "health",
      "checks",
      "fail",
      "over",
    ]);
    expect(searchWords("  EC2 Auto-Scaling ")).toEqual(["ec2", "auto", "scaling"]);
    expect(searchWords("Café Ünïcode")).toEqual(["cafe", "unicode"]);
    expect(searchWords(" ,.- ")).toEqual([]);
  });
});

describe("matchesSearch", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(matches("Amazon Route 53 and DNS", "route53")).toBe(true);
    expect(matches("Amazon Route 53 and DNS", "ROUTE 53")).toBe(true);
    expect(matches("Amazon Route 53 and DNS", "route-53")).toBe(true);
    expect(matches("Amazon EC2 Auto Scaling groups", "ec2 autoscaling")).toBe(true);
    expect(matches("Amazon EC2 Auto Scaling groups", "ec2autoscaling")).toBe(true);
    expect(matches("Amazon EC2 Auto Scaling groups", "auto-scal")).toBe(true);
  });

  it("finds a word inside a longer one, as before", () => {
    expect(matches("Amazon DynamoDB tables", "db")).toBe(true);
    expect(matches("Encryption with AWS KMS", "kms")).toBe(true);
    expect(matches("Storage with Amazon S3", "s3")).toBe(true);
  });

  it("needs every query word, in any order", () => {
    expect(matches("Encryption with AWS KMS", "kms encryption")).toBe(true);
    expect(matches("Encryption with AWS KMS", "kms lambda")).toBe(false);
  });

  it("runs across words only from the start of one", () => {
    expect(matches("A 3-tier web app on AWS 3 ways", "s3")).toBe(false);
    expect(matches("Route 53", "oute53")).toBe(false);
    expect(matches("Route 53", "route54")).toBe(false);
    expect(matches("Route", "route53")).toBe(false);
  });

  it("matches everything for an empty query", () => {
    expect(matches("Anything at all", "")).toBe(true);
    expect(matches("Anything at all", " - ")).toBe(true);
  });
});
