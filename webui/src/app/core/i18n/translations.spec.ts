import en from '../../../../public/i18n/en.json';
import de from '../../../../public/i18n/de.json';

/** Every key path of a translation file, e.g. `errors.status.502`. */
function keys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') {
    return [prefix];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keys(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Placeholders such as `{{detail}}` a sentence expects to be filled in. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

function value(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

describe('translations', () => {
  it('en and de have exactly the same keys', () => {
    const enKeys = keys(en).sort();
    const deKeys = keys(de).sort();
    expect(enKeys.filter((k) => !deKeys.includes(k))).toEqual([]);
    expect(deKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('no translation is empty', () => {
    for (const file of [en, de]) {
      const empty = keys(file).filter((k) => String(value(file, k)).trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('both languages use the same placeholders in each sentence', () => {
    const mismatched = keys(en).filter(
      (k) =>
        placeholders(String(value(en, k))).join() !== placeholders(String(value(de, k))).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
