// Repeat-offender arithmetic, kept free of Workers APIs so it can be tested in Node.

/**
 * Where a user stands, given the timestamps (ms) of their refused prompts inside the
 * window: blocked once `limit` of them fall within `windowS` seconds, until the oldest of
 * those leaves the window.
 * @returns {{strikes: number, blocked: boolean, retryAfterS: number}}
 */
export function standing(strikes, now, limit, windowS) {
  const blocked = strikes.length >= limit;
  const oldest = strikes.length >= limit ? strikes[strikes.length - limit] : null;
  const retryAfterS = blocked ? Math.max(1, Math.ceil((oldest + windowS * 1000 - now) / 1000)) : 0;
  return { strikes: strikes.length, blocked, retryAfterS };
}
