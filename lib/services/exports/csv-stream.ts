import { CSV_BOM, csvLine, type CsvValue } from './csv';

/**
 * A UTF-8 CSV file as a byte stream: BOM and header at once, then one chunk per page the
 * source yields, read only when the client pulls — the whole file is never in memory.
 * A client that goes away stops the source (its `finally` blocks run).
 */
export function csvStream(header: readonly string[], pages: AsyncIterable<readonly (readonly CsvValue[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.length > 0) controller.enqueue(encoder.encode(next.value.map(csvLine).join('')));
      } catch (error) {
        console.error('[exports] CSV stream failed', error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
