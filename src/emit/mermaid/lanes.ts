// The lanes of one chart: created in the act's order, then on first use for anyone the order missed.
import type { BranchInfo, EntityInfo, ProcedureInfo, StepInfo } from '../json/model.js';
import type { ChartLane, ChartNode } from './chart-model.js';
import { laneTitle } from './labels.js';

export class LaneSet {
  private readonly byEntity = new Map<string, ChartLane>();
  private readonly ordered: ChartLane[] = [];

  constructor(
    order: string[],
    private readonly entities: Map<string, EntityInfo>,
  ) {
    for (const entity of order) this.lane(entity);
  }

  /**
   * The lane of an entity. A performer that the chart's `жолдар` left out still gets a lane, at
   * the end, so no step of the act is ever missing from its appendix.
   */
  lane(entity: string): ChartLane {
    let lane = this.byEntity.get(entity);
    if (!lane) {
      lane = { id: `L${this.ordered.length + 1}`, title: laneTitle(this.entities.get(entity), entity), nodes: [] };
      this.byEntity.set(entity, lane);
      this.ordered.push(lane);
    }
    return lane;
  }

  has(entity: string): boolean {
    return this.byEntity.has(entity);
  }

  add(entity: string, node: ChartNode): void {
    this.lane(entity).nodes.push(node);
  }

  /** Lanes in order, including any the act named but nothing is drawn in (the writer keeps them visible). */
  lanes(): ChartLane[] {
    return this.ordered;
  }
}

/** The lane a step's box is drawn in: the one its «жолы» names, else its performer's. */
export function stepLane(step: StepInfo): string {
  return step.lane ?? step.performer;
}

/** The lane of a branch's box: its own «жолы», else the step's, else its performer's (as the checker reads it). */
export function branchLane(branch: BranchInfo, step: StepInfo): string {
  return branch.lane ?? step.lane ?? branch.performer;
}

/** Every lane a procedure's boxes are drawn in, in order of first appearance (steps, then their branches). */
export function performers(procedure: ProcedureInfo): string[] {
  const seen = new Set<string>();
  for (const step of procedure.steps) {
    seen.add(stepLane(step));
    for (const branch of step.branches) seen.add(branchLane(branch, step));
  }
  return [...seen];
}

/** Orders entity ids as the act does: its list of participants first, then declaration order. */
export function actOrder(ids: Iterable<string>, entities: Map<string, EntityInfo>): string[] {
  const declared = [...entities.keys()];
  const rank = (id: string): [number, number] => {
    const position = entities.get(id)?.listPosition;
    return position === null || position === undefined ? [1, declared.indexOf(id)] : [0, position];
  };
  return [...ids].sort((a, b) => {
    const [ga, pa] = rank(a);
    const [gb, pb] = rank(b);
    return ga - gb || pa - pb;
  });
}
