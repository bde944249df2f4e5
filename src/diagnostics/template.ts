// Fills a catalogue template's {placeholders} for one language.
import type { Bilingual, MessageArgs } from './types.js';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills {placeholders}; a bilingual argument contributes the wording of the template's language. */
export function fillTemplate(template: string, args: MessageArgs, language: keyof Bilingual): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const value = args[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

