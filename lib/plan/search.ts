/**
 * The plan's search: ignores case, spaces and punctuation, so "route53" finds "Route 53",
 * "ec2 autoscaling" finds "EC2 Auto Scaling" and "s3" finds "Amazon S3".
 *
 * Text is cut into words of letters and digits (lower case, accents dropped). A query word
 * matches when it sits inside one word of the text ("db" in "DynamoDB"), or when it runs across
 * neighbouring words starting at the beginning of one ("route53" = "Route" + "53"). A run must
 * start at a word, so "s3" does not match "AWS 3-tier". An item matches when every query word does.
 */

/** Lower-case words of letters and digits; everything else separates them. */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function runsFrom(words: readonly string[], start: number, query: string): boolean {
  let joined = "";
  for (let i = start; i < words.length && joined.length < query.length; i += 1) {
    joined += words[i];
    if (!query.startsWith(joined) && !joined.startsWith(query)) return false;
  }
  return joined.startsWith(query);
}

function wordMatches(words: readonly string[], query: string): boolean {
  for (let i = 0; i < words.length; i += 1) {
    if (words[i]!.includes(query) || runsFrom(words, i, query)) return true;
  }
  return false;
}

/** Whether text cut by `searchWords` matches every word of a query cut the same way. */
export function matchesSearch(textWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((query) => wordMatches(textWords, query));
}
