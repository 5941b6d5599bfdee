// Where the docs point readers for edits, feedback and the source. One place, so a fork changes one line.
export const REPO_URL = process.env.NEXT_PUBLIC_REPO_URL ?? 'https://github.com/cookie-flow/cookie-flow'
export const SITE_NAME = 'Cookie Flow'
export const SITE_TAGLINE = 'Refreshing auth tokens in Next.js 14, where the cookie really lands'
