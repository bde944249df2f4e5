// The layout rules themselves: each one finds its breach in a geometry that has it, and none in one that has not.
import { describe, expect, it } from 'vitest';
import { arrowsFromTheFarSide, layoutProblems, sharedLastSegments } from './checks.js';
import type { BoxGeometry, ChartGeometry, EdgeGeometry } from './geometry.js';

const box = (id: string, x: number, y: number, lines = 2, shape: BoxGeometry['shape'] = 'rect'): BoxGeometry => ({
  id, shape, rect: { x, y, width: 100, height: 60 }, text: [{ x: x + 10, y: y + 10, width: 80, height: 20 }], lines,
});
const line = (id: string, from: [number, number], to: [number, number]): EdgeGeometry => {
  const points = Array.from({ length: 41 }, (_, i) => ({ x: from[0] + ((to[0] - from[0]) * i) / 40, y: from[1] + ((to[1] - from[1]) * i) / 40 }));
  return { id, points, label: null };
};

const clean: ChartGeometry = {
  boxes: [box('a', 0, 0), box('b', 0, 200), box('c', 300, 200)],
  edges: [line('L_a_b_0', [50, 60], [50, 200]), line('L_a_c_0', [100, 30], [350, 200])],
};

describe('layout rules', () => {
  it('find nothing in a clean layout', () => {
    expect(layoutProblems(clean)).toEqual([]);
  });

  it('find overlapping boxes, an arrow through a box, a long box, a label out of its shape and an arrow from the far side', () => {
    const bad: ChartGeometry = {
      boxes: [box('a', 0, 0), box('b', 50, 30, 11), box('c', 0, 400), { ...box('d', 300, 400), text: [{ x: 290, y: 410, width: 80, height: 20 }] }],
      edges: [line('L_a_c_0', [200, 30], [200, 400]), line('L_c_d_0', [100, 430], [300, 430]), line('L_a_d_0', [-50, 30], [50, 500])],
    };
    expect(layoutProblems(bad)).toEqual([
      'boxes a and b overlap',
      'arrow L_a_d_0 crosses box c',
      'box b has 11 lines',
      'the label of box d runs out of its shape',
      'arrow L_a_d_0 enters box d from the bottom, away from its source',
    ]);
  });

  it('find an arrow that enters its box from the side turned away from its source', () => {
    // b is right below a; the arrow goes round to the left and comes into b from its left side.
    const around: EdgeGeometry = { id: 'L_a_b_0', points: [{ x: 50, y: 60 }, { x: 50, y: 100 }, { x: -40, y: 100 }, { x: -40, y: 230 }, { x: 0, y: 230 }], label: null };
    const g: ChartGeometry = { boxes: [box('a', 0, 0), box('b', 0, 200)], edges: [around] };
    expect(arrowsFromTheFarSide(g)).toEqual(['arrow L_a_b_0 enters box b from the left, away from its source']);
    expect(arrowsFromTheFarSide(clean)).toEqual([]);
  });

  it('find two arrows that end along the same segment', () => {
    const g: ChartGeometry = { boxes: [box('a', 0, 0), box('b', 300, 0), box('c', 150, 300)], edges: [line('L_a_c_0', [200, 100], [200, 300]), line('L_b_c_0', [200, 200], [200, 300])] };
    expect(sharedLastSegments(g)).toEqual(['arrows L_a_c_0 and L_b_c_0 share their last segment']);
  });
});
