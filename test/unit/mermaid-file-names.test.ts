// File names say which appendix, which kind and which channel, in ASCII, and never collide.
import { describe, expect, it } from 'vitest';
import type { AppendixInfo, EntityInfo } from '../../src/emit/json/model.js';
import { appendixBase, channelSlug, chartNames, legendName, slug } from '../../src/emit/mermaid/file-names.js';

const entity = (kind: EntityInfo['kind'], subkind: string, id = 'x'): EntityInfo => ({
  id, kind, subkind, names: [id], shortName: null, parent: null, listPosition: null,
});
const appendix = (number: number | null, kind: AppendixInfo['kind']): AppendixInfo => ({ number, kind, caption: 'c', legend: null, charts: [] } as unknown as AppendixInfo);

describe('diagram file names', () => {
  it('follow the act’s own appendix numbering', () => {
    expect(appendixBase(appendix(1, 'is-diagram'))).toBe('appendix-1-is-diagram');
    expect(appendixBase(appendix(2, 'handbook'))).toBe('appendix-2-handbook');
    expect(appendixBase(appendix(null, 'handbook'))).toBe('appendix-handbook');
    expect(legendName('appendix-2-handbook')).toBe('appendix-2-handbook-legend');
  });

  it('name the intake channel', () => {
    expect(channelSlug(entity('provider', 'provider', 'беруші'), 'беруші')).toBe('provider');
    expect(channelSlug(entity('system', 'portal', 'портал'), 'портал')).toBe('portal');
    expect(channelSlug(entity('organisation', 'state-corporation', 'МК'), 'МК')).toBe('state-corporation');
    expect(channelSlug(entity('organisation', 'body', 'ХҚКО'), 'ХҚКО')).toBe('hqko');
    expect(channelSlug(undefined, 'Әкімдік-қабылдау')).toBe('akimdik-qabyldau');
  });

  it('number a channel drawn twice in one appendix', () => {
    expect(chartNames('appendix-2-is-diagram', ['portal', 'portal', 'provider'])).toEqual([
      'appendix-2-is-diagram-portal',
      'appendix-2-is-diagram-portal-2',
      'appendix-2-is-diagram-provider',
    ]);
  });

  it('are plain ASCII whatever the source calls things', () => {
    expect(slug('ЭҮАШ-АЖО')).toBe('euash-azho');
    expect(slug('«»/..\\')).toBe('channel');
  });
});
