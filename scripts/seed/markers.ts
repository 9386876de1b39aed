/**
 * Unique strings the demo seed plants where nothing may leak from: drafts, exempted (dikecualikan)
 * PPID entries, citizens' personal data and user accounts. Leak scans of the API and of generated
 * sites search for them; finding one anywhere public is a bug.
 */
export const MARKERS = {
  /** In the title or text of every draft document. */
  draft: 'SAMPELDRAF7Q2X',
  /** In every exempted PPID entry (title, summary and exemption reasoning). */
  exempted: 'SAMPELDIK4K9M',
  /** In the name, email, phone-free text of every complaint's reporter data and message. */
  personal: 'SAMPELPRIBADI5T1C',
  /** In every demo user's email address (lower case, as emails are stored). */
  user: 'sampelakun3v8w',
} as const
