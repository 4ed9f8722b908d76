/** The API answers at most this many rows per request (range larger → 400). */
export const MAX_PAGE_SIZE = 500;
