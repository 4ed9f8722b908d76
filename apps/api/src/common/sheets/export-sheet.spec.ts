import type { EntityManager } from 'typeorm';
import { exportSheet, ExportFormat } from './export-sheet';
import { sheet } from './sheet-spec';

const SPEC = sheet({ zh: '测试', en: 'Test' }, [
  { field: 'topic', header: { zh: '主题', en: 'Topic' }, type: { kind: 'text' }, width: 30 },
  { field: 'count', header: { zh: '人数', en: 'Count' }, type: { kind: 'int' }, width: 8 },
]);

// The org names are looked up once; none is needed here (every org cell is empty).
const manager = { query: async () => [] } as unknown as EntityManager;

const PAGES = 30;

/** Pages as the database hands them out, slowly; `asked` hears of each request as it is made. */
async function* slowPages(asked: (page: number) => void): AsyncGenerator<Record<string, unknown>[]> {
  for (let page = 0; page < PAGES; page++) {
    asked(page);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // varied text, so the xlsx's deflate has something to put out
    yield Array.from({ length: 200 }, (_, i) => ({ id: page * 200 + i + 1, topic: `第${page}页第${i}行 ${Math.random().toString(36).repeat(4)}`, count: i, orgId: null }));
  }
}

describe('exportSheet', () => {
  it.each<ExportFormat>(['csv', 'xlsx'])('streams %s: most of the file has left before the last page is read', async (format) => {
    let received = 0;
    let receivedWhenLastAsked = -1;
    const stream = exportSheet(format, SPEC, slowPages((page) => page === PAGES - 1 && (receivedWhenLastAsked = received)), manager);
    for await (const chunk of stream) received += (chunk as Buffer).length;
    expect(receivedWhenLastAsked).toBeGreaterThan(0);
    // Rows go out as their page comes: buffering the pages (or the file) would send at most a header before the last page is read.
    expect(receivedWhenLastAsked / received).toBeGreaterThan(0.5);
  });
});
