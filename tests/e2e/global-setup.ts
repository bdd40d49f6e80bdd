import { startMailSink } from "./mail";

/** Starts the SMTP server the e2e app server mails to; Playwright calls the returned teardown. */
export default async function globalSetup() {
  return startMailSink();
}
