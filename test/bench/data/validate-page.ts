// The validation page: one 5,000-project collection document held as JSON text, parsed alone
// or parsed and validated, between the marks the CPU sampler reads (test/bench/lib/cpu.js).
import { validateCollection } from '@living-lab/data';

type Kind = 'validate' | 'parse';

const START_MARK = 'll-bench-start';
const END_MARK = 'll-bench-end';

let text = '';
let url = '';
/** Kept until the next sample, so that neither side's result is garbage before its end mark. */
let _kept: unknown;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const api = {
  /** Downloads the document once, untimed; returns its size in characters. */
  async load(from: string): Promise<number> {
    url = from;
    text = await (await fetch(from)).text();
    return text.length;
  },

  /** What validation keeps and reports, so the benchmark can tell it really ran over the whole feed. */
  check(): { raw: number; items: number; warnings: number; dropped: Record<string, number> } {
    const raw = (JSON.parse(text) as { items: unknown[] }).items.length;
    const { items, warnings } = validateCollection('projects', JSON.parse(text), url);
    const dropped: Record<string, number> = {};
    for (const w of warnings) {
      const kind = `${w.field.replace(/\.\d+/g, '[]')}: ${w.reason}`;
      dropped[kind] = (dropped[kind] ?? 0) + 1;
    }
    return { raw, items: items.length, warnings: warnings.length, dropped };
  },

  /** Last sample's garbage collected and a frame gone by, outside the timing. */
  async prepare(): Promise<void> {
    _kept = undefined;
    (globalThis as { gc?: () => void }).gc?.();
    await frame();
  },

  /** One sample: `JSON.parse(text)`, and for `validate` `validateCollection('projects', …)` on its result. */
  async run(kind: Kind): Promise<void> {
    performance.clearMarks();
    performance.mark(START_MARK);
    _kept = kind === 'validate' ? validateCollection('projects', JSON.parse(text), url) : JSON.parse(text);
    performance.mark(END_MARK);
    await frame();
  },
};

declare global {
  interface Window {
    validateBench: typeof api;
  }
}
window.validateBench = api;
