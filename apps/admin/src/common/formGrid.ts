/** Form inputs side by side where there is room: one column on a phone, two on a tablet, three on a desktop. */
export const formGrid = {
  display: 'grid',
  columnGap: 2,
  width: '100%',
  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' },
} as const;

/** Fields of a show page: two columns on a phone, four on a desktop. */
export const showGrid = {
  display: 'grid',
  gap: 2,
  width: '100%',
  gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' },
} as const;

/** Long texts keep their line breaks. */
export const multiline = { whiteSpace: 'pre-wrap' } as const;
