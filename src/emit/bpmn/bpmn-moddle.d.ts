// The part of bpmn-moddle's API the writer uses (the package ships generated element types, not the class's).
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    create(type: string, props?: Record<string, unknown>): Record<string, unknown>;
    fromXML(xml: string): Promise<Record<string, unknown>>;
    toXML(element: never, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
