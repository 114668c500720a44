import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };

/** Every message of a catalog by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The names a message expects its caller to pass, e.g. {count} and {name}. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
      into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

const ko = flatten(MESSAGES.ko as unknown as Tree);
const en = flatten(MESSAGES.en as unknown as Tree);

describe('the message catalog', () => {
  it('English has exactly the keys Korean has', () => {
    expect([...en.keys()].sort()).toEqual([...ko.keys()].sort());
  });

  it('every message parses as ICU MessageFormat', () => {
    const broken = [...ko, ...en].filter(([, text]) => {
      try {
        parse(text);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it('a message takes the same arguments in both languages', () => {
    const differing = [...ko].flatMap(([key, text]) => {
      const other = en.get(key);
      if (other === undefined) return [];
      const a = [...argumentsOf(parse(text))].sort();
      const b = [...argumentsOf(parse(other))].sort();
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${key}: ko ${a.join(',')} / en ${b.join(',')}`];
    });
    expect(differing).toEqual([]);
  });

  it("no English message is left in Korean (the guide's script glosses are English too)", () => {
    const hangul = /\p{Script=Hangul}/u;
    // A few English messages name Korean on purpose: the language switch offers 한국어 in Korean,
    // and a server's Korean detail is passed in as an argument, never written here.
    const allowed = new Set(['shell.language.switchTo']);
    expect([...en].filter(([key, text]) => hangul.test(text) && !allowed.has(key)).map(([key]) => key)).toEqual([]);
  });
});
