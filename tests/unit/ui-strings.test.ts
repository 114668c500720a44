import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentFiles, uiLiteralsIn } from '../fixtures/ui-literals';

const APP = path.join(process.cwd(), 'app');

describe('every string a component shows comes from the message catalog', () => {
  it('app/ has no text, label or Korean string written into a component', () => {
    const found = componentFiles(APP).flatMap((file) => uiLiteralsIn(file));
    const lines = found.map((f) => `${path.relative(process.cwd(), f.file)}:${f.line} ${f.why} ${JSON.stringify(f.text)}`);
    expect(lines).toEqual([]);
  });

  it.each([
    ['text between tags', `export const A = () => <p>저장</p>;`, 'jsx-text'],
    ['English text between tags', `export const A = () => <p>Save</p>;`, 'jsx-text'],
    ['a label attribute', `export const A = () => <nav aria-label="menu" />;`, 'user-facing-attribute'],
    ['a string child', `export const A = () => <p>{'Save'}</p>;`, 'jsx-string-child'],
    ['a Korean table of labels', `export const L = { OPEN: '진행 중' };`, 'hangul-literal'],
    ['a Korean template', 'export const f = (n: number) => `${n}건`;', 'hangul-literal'],
  ])('the check finds %s', (_what, source, why) => {
    expect(uiLiteralsIn('sample.tsx', source).map((f) => f.why)).toEqual([why]);
  });

  it('the check lets through catalog calls, class names and punctuation', () => {
    const source = `export const A = ({ t }: { t: (k: string) => string }) => (
      <p className="muted" aria-label={t('menu')} lang="en">{t('save')} · {'—'} {'(1)'}</p>
    );`;
    expect(uiLiteralsIn('sample.tsx', source)).toEqual([]);
  });
});
