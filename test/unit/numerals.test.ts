// The Kazakh numeral module: every number from 0 to 1 000 000 is spelled and read back.
import { describe, expect, it } from 'vitest';
import { readNumeral, spellNumeral } from '../../src/semantic/numerals.js';

describe('Kazakh numerals', () => {
  it.each([
    ['нөл', 0], ['бір', 1], ['бес', 5], ['он', 10], ['он бес', 15], ['он төрт', 14], ['жиырма', 20], ['отыз', 30],
    ['он сегіз', 18], ['жүз', 100], ['бір жүз', 100], ['екі жүз отыз бес', 235], ['мың', 1000], ['бір мың', 1000],
    ['он екі мың', 12000], ['жүз мың', 100000], ['тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз', 999999],
    ['бір миллион', 1000000], ['миллион', 1000000], ['бір жарым', 1.5], ['ОН БЕС', 15], ['on bes', 15],
  ])('reads «%s» as %d', (words, value) => {
    expect(readNumeral(words)).toEqual({ ok: true, value });
  });

  it.each(['бес он', 'он он', 'екі екі', 'жүз жүз', 'мың миллион', 'жарым', 'жарым бес', 'нөл бір', 'екі миллион'])(
    'rejects «%s»',
    (words) => {
      expect(readNumeral(words).ok).toBe(false);
    },
  );

  it('spells canonical forms', () => {
    expect(spellNumeral(15)).toBe('он бес');
    expect(spellNumeral(100)).toBe('жүз');
    expect(spellNumeral(1000)).toBe('бір мың');
    expect(spellNumeral(2345)).toBe('екі мың үш жүз қырық бес');
    expect(spellNumeral(1_000_000)).toBe('бір миллион');
    expect(spellNumeral(1.5)).toBe('бір жарым');
    expect(spellNumeral(0.5)).toBeUndefined();
    expect(spellNumeral(1_000_001)).toBeUndefined();
  });

  it('round-trips every number from 0 to 1 000 000', () => {
    for (let n = 0; n <= 1_000_000; n++) {
      const words = spellNumeral(n)!;
      const read = readNumeral(words);
      if (!read.ok || read.value !== n) throw new Error(`${n} → «${words}» → ${JSON.stringify(read)}`);
    }
  });
});
