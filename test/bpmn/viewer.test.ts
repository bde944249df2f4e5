// Every act's BPMN opens in bpmn-js (bpmn.io's viewer) in real Chromium without warnings, lanes and all.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/render/launch.js';
import { requireBrowser } from '../render/browser.js';
import { ACTS, bpmnOf } from './compile-acts.js';

const viewer = readFileSync(new URL('../../node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', import.meta.url), 'utf8');

let launched: LaunchedBrowser;
let page: Page;
beforeAll(async () => {
  launched = await launchBrowser(requireBrowser());
  page = await launched.browser.newPage();
  await page.setViewport({ width: 1800, height: 1200 });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1800px;height:1200px"></div></body></html>');
  await page.addScriptTag({ content: viewer });
});
afterAll(async () => launched?.close());

interface Opened { warnings: string[]; lanes: number; participants: number; tasks: number; error: string | null }

async function open(xml: string): Promise<Opened> {
  return page.evaluate(async (text: string) => {
    const w = window as unknown as { BpmnJS: new (o: { container: string }) => any; viewer?: any };
    w.viewer?.destroy();
    w.viewer = new w.BpmnJS({ container: '#canvas' });
    try {
      const { warnings } = await w.viewer.importXML(text);
      w.viewer.get('canvas').zoom('fit-viewport');
      const all = w.viewer.get('elementRegistry').getAll() as { type: string }[];
      const count = (type: string) => all.filter((e) => e.type === type).length;
      return { warnings: warnings.map((x: { message: string }) => x.message), lanes: count('bpmn:Lane'), participants: count('bpmn:Participant'), tasks: count('bpmn:UserTask'), error: null };
    } catch (error) {
      return { warnings: [], lanes: 0, participants: 0, tasks: 0, error: String(error) };
    }
  }, xml);
}

describe('bpmn-js', () => {
  it.each(ACTS)('opens %s with every pool, lane and task', async (act) => {
    const { json, xml } = await bpmnOf(act);
    const opened = await open(xml);
    expect(opened.error).toBeNull();
    expect(opened.warnings).toEqual([]);
    const steps = json.procedures.reduce((n, p) => n + p.steps.length + p.steps.reduce((m, s) => m + s.branches.length, 0), 0);
    expect(opened.tasks).toBe(steps);
    expect(opened.participants).toBeGreaterThanOrEqual(json.procedures.length);
    expect(opened.lanes).toBeGreaterThanOrEqual(json.procedures.length);
  });
});
