// Grammar, part 4: the file as a flat sequence of elements, its header, sections and appendices; and the parse stage.
import type { CstNode, IOrAlt, IParserConfig, IRecognitionException, IToken } from 'chevrotain';
import * as T from './tokens.js';
import { StatementGrammar } from './parser-statements.js';
import { errorMessageProvider } from './parse-errors.js';
import { keywordEntry } from './keywords.js';
import { LazyLookaheadStrategy } from './lazy-lookahead.js';

const K = T.keywordToken;

/** Chevrotain methods that exist at run time but are not in its type declarations. */
interface ParserInternals {
  exportLexerState(): number;
  importLexerState(index: number): void;
}

export class TartipParser extends StatementGrammar {
  private elementAlternatives: IOrAlt<unknown>[] | undefined;
  constructor(config: IParserConfig) {
    super(config);
    this.performSelfAnalysis();
    // Chevrotain would resynchronise a failed element anywhere further on, often skipping whole lines
    // with more errors in them; `parseFile` resumes at the next line that can start an element instead.
    (this as unknown as { attemptInRepetitionRecovery: () => void }).attemptInRepetitionRecovery = () => {};
  }

  private get internals(): ParserInternals {
    return this as unknown as ParserInternals;
  }

  /**
   * Parses a whole file and never gives up early. When Chevrotain's own recovery stops short of the end
   * (a token that no element can start with, in a place its follow sets accept), parsing resumes at the
   * next line that starts with something an element can start with; the skipped token is reported.
   */
  parseFile(tokens: IToken[]): { elements: CstNode[]; errors: IRecognitionException[] } {
    this.input = tokens;
    const elements: CstNode[] = [];
    for (;;) {
      const root = this.file();
      // A loop, not push(...list): spreading a list of ~100 000 elements overflows the call stack.
      for (const element of (root.children.element ?? []) as CstNode[]) elements.push(element);
      const stuck = this.internals.exportLexerState() + 1;
      if (stuck >= tokens.length) break;
      const resume = nextResyncPoint(tokens, stuck);
      if (resume >= tokens.length) break;
      this.internals.importLexerState(resume - 1);
    }
    return { elements, errors: this.errors };
  }

  /**
   * The file is a flat sequence of elements. Nesting (section > paragraph > procedure > step > clause)
   * follows from the keywords and is assembled by the AST stage; keeping the grammar flat lets
   * Chevrotain re-synchronise at the very next element after an error, so one run reports them all.
   */
  file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.element));
  });

  element = this.RULE('element', () => {
    // The alternatives are built once: a fresh array of closures for every element was a hot allocation.
    this.OR((this.elementAlternatives ??= [
      { ALT: () => this.SUBRULE(this.header) },
      { ALT: () => this.SUBRULE(this.approval) },
      { ALT: () => this.SUBRULE(this.standard) },
      { ALT: () => this.SUBRULE(this.section) },
      { ALT: () => this.SUBRULE(this.paragraph) },
      { ALT: () => this.SUBRULE(this.providerStmt) },
      { ALT: () => this.SUBRULE(this.channelStmt) },
      { ALT: () => this.SUBRULE(this.organisationDecl) },
      { ALT: () => this.SUBRULE(this.systemDecl) },
      { ALT: () => this.SUBRULE(this.participantDecl) },
      { ALT: () => this.SUBRULE(this.participantsStmt) },
      { ALT: () => this.SUBRULE(this.abbreviationDecl) },
      { ALT: () => this.SUBRULE(this.formStmt) },
      { ALT: () => this.SUBRULE(this.documentDecl) },
      { ALT: () => this.SUBRULE(this.refusalDecl) },
      { ALT: () => this.SUBRULE(this.serviceResultStmt) },
      { ALT: () => this.SUBRULE(this.deliveryStmt) },
      { ALT: () => this.SUBRULE(this.basisStmt) },
      { ALT: () => this.SUBRULE(this.procedure) },
      { ALT: () => this.SUBRULE(this.termStmt) },
      { ALT: () => this.SUBRULE(this.stepResultStmt) },
      { ALT: () => this.SUBRULE(this.textStmt) },
      { ALT: () => this.SUBRULE(this.repeatStmt) },
      { ALT: () => this.SUBRULE(this.step) },
      { ALT: () => this.SUBRULE(this.durationClause) },
      { ALT: () => this.SUBRULE(this.resultClause) },
      { ALT: () => this.SUBRULE(this.shortClause) },
      { ALT: () => this.SUBRULE(this.chartDurationClause) },
      { ALT: () => this.SUBRULE(this.questionClause) },
      { ALT: () => this.SUBRULE(this.recipientClause) },
      { ALT: () => this.SUBRULE(this.branch) },
      { ALT: () => this.SUBRULE(this.consentClause) },
      { ALT: () => this.SUBRULE(this.noteClause) },
      { ALT: () => this.SUBRULE(this.defectClause) },
      { ALT: () => this.SUBRULE(this.guardClause) },
      { ALT: () => this.SUBRULE(this.otherwiseClause) },
      { ALT: () => this.SUBRULE(this.makesClause) },
      { ALT: () => this.SUBRULE(this.usesClause) },
      { ALT: () => this.SUBRULE(this.stepSystemsClause) },
      { ALT: () => this.SUBRULE(this.laneClause) },
      { ALT: () => this.SUBRULE(this.outcomeClause) },
      { ALT: () => this.SUBRULE(this.gotoClause) },
      { ALT: () => this.SUBRULE(this.flowClause) },
      { ALT: () => this.SUBRULE(this.documentClause) },
      { ALT: () => this.SUBRULE(this.decisionClause) },
      { ALT: () => this.SUBRULE(this.annotation) },
      { ALT: () => this.SUBRULE(this.glossary) },
      { ALT: () => this.SUBRULE(this.appendix) },
      { ALT: () => this.SUBRULE(this.chart) },
      { ALT: () => this.SUBRULE(this.legend) },
    ]));
  });

  /**
   * «регламент «…» [басылмаған]»: the act's title; the approving act and the standard follow. A title block
   * the print lost is marked, with the title taken from elsewhere (the resolution's list) or none.
   */
  header = this.RULE('header', () => {
    this.CONSUME(K('Regulation'));
    this.OPTION(() => this.CONSUME(T.Text));
    this.OPTION2(() => this.SUBRULE(this.notPrinted));
  });

  /** «басылмаған [«where the facts come from»]»: the printed source lacks this part. */
  notPrinted = this.RULE('notPrinted', () => {
    this.CONSUME(K('NotPrinted'));
    this.OPTION(() => this.CONSUME(T.Text));
  });

  approval = this.RULE('approval', () => {
    this.CONSUME(K('Approved'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.actRef);
    this.MANY(() => this.SUBRULE(this.actDetail));
    this.OPTION(() => this.SUBRULE(this.notPrinted));
  });

  standard = this.RULE('standard', () => {
    this.CONSUME(K('Standard'));
    this.OPTION(() => this.CONSUME(T.Text));
    this.OPTION2(() => this.SUBRULE(this.hereinafter));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.actRef);
    this.MANY(() => this.SUBRULE(this.actDetail));
  });

  /** «қаулы № 1114, 14.05.2018». */
  actRef = this.RULE('actRef', () => {
    this.CONSUME(T.AnyName);
    this.CONSUME(T.NumberSign);
    this.SUBRULE(this.actNumber);
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE(this.date);
    });
  });

  actNumber = this.RULE('actNumber', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.AnyName) },
      { ALT: () => this.CONSUME(T.Text) },
    ]);
  });

  date = this.RULE('date', () => {
    this.OR([{ ALT: () => this.CONSUME(T.DottedDate) }, { ALT: () => this.CONSUME(T.IsoDate) }]);
  });

  actDetail = this.RULE('actDetail', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K('Body'));
          this.CONSUME(T.Colon);
          this.CONSUME(T.Text);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K('Title'));
          this.CONSUME2(T.Colon);
          this.CONSUME2(T.Text);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K('Registered'));
          this.CONSUME3(T.Colon);
          this.CONSUME(T.NumberSign);
          this.SUBRULE(this.actNumber);
          this.OPTION(() => {
            this.CONSUME(T.Comma);
            this.SUBRULE(this.date);
          });
        },
      },
    ]);
  });

  /** «бөлім 1 «Жалпы ережелер»»; paragraphs follow. */
  section = this.RULE('section', () => {
    this.CONSUME(K('Section'));
    this.CONSUME(T.NumberLiteral);
    this.OPTION(() => this.CONSUME(T.Dot));
    this.OPTION2(() => this.CONSUME(T.Text));
  });

  /** «6. [«lead sentence»]»; the paragraph's statements follow. */
  paragraph = this.RULE('paragraph', () => {
    this.CONSUME(T.NumberLiteral);
    this.CONSUME(T.Dot);
    this.OPTION(() => this.CONSUME(T.Text));
  });

  /** «қысқартулар «Аббревиатуралардың толық жазылуы»: АЖ – «ақпараттық жүйе» …». */
  glossary = this.RULE('glossary', () => {
    this.CONSUME(K('Glossary'));
    this.OPTION(() => this.CONSUME(T.Text));
    this.CONSUME(T.Colon);
    // An item is a name or text and a dash: a keyword opening the next element is no item, though
    // any word may be a name.
    this.MANY({ GATE: () => this.LA(2).tokenType === T.Dash, DEF: () => this.SUBRULE(this.glossaryItem) });
  });

  glossaryItem = this.RULE('glossaryItem', () => {
    this.OR([{ ALT: () => this.CONSUME(T.AnyName) }, { ALT: () => this.CONSUME(T.Text) }]);
    this.CONSUME(T.Dash);
    this.CONSUME2(T.Text);
  });

  /** «қосымша 2: анықтамалық «…»» or «2-қосымша: …»; charts and the legend follow. */
  appendix = this.RULE('appendix', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K('Appendix'));
          this.OPTION(() => this.CONSUME(T.NumberLiteral));
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.NumberLiteral);
          this.CONSUME(T.Dash);
          this.CONSUME2(K('Appendix'));
        },
      },
    ]);
    this.CONSUME(T.Colon);
    this.OR2([{ ALT: () => this.CONSUME(K('Handbook')) }, { ALT: () => this.CONSUME(K('IsDiagram')) }]);
    this.CONSUME(T.Text);
    this.OPTION2(() => this.SUBRULE(this.notPrinted));
  });

  /** «белгілер: «Шартты белгілер:»»: the legend heading as the act prints it. */
  legend = this.RULE('legend', () => {
    this.CONSUME(K('Legend'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  /**
   * «сызба МК-рәсімі: «… жүгінген кезде:»» with its options in any order: «жолдар: алушы, …» (lane
   * order), «ұзақтығы: қорапта | жанында» (durations in the box or beside it), «қорапта: белгісі |
   * мәтіні» (a box prints its «N-процесс» label only, or its text), «жауаптар: ИӘ» (how the diamonds
   * print their exits).
   */
  chart = this.RULE('chart', () => {
    this.CONSUME(K('Chart'));
    this.CONSUME(T.AnyName);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.CONSUME(T.Text);
    });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.chartLanes) },
        { ALT: () => this.SUBRULE(this.chartOption) },
      ]);
    });
  });

  chartLanes = this.RULE('chartLanes', () => {
    this.CONSUME(K('Lanes'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.entityRef);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.entityRef);
    });
  });

  /** «ұзақтығы: жанында», «қорапта: белгісі», «жауаптар: ИӘ»: one word, checked by the binder (TRT2601). */
  chartOption = this.RULE('chartOption', () => {
    this.OR([{ ALT: () => this.CONSUME(K('Duration')) }, { ALT: () => this.CONSUME(K('InBox')) }, { ALT: () => this.CONSUME(K('Answers')) }]);
    this.CONSUME(T.Colon);
    this.CONSUME(T.AnyName);
  });
}

let parser: TartipParser | undefined;

/** The parser is built once per process; self-analysis is the costly part of start-up. */
export function getParser(): TartipParser {
  parser ??= new TartipParser({
    recoveryEnabled: true,
    // Offsets are all the AST builder reads (src/ast/cst-reader.ts nodeRange); lines come from the line map.
    nodeLocationTracking: 'onlyOffset',
    maxLookahead: 4,
    errorMessageProvider,
    // Grammar validation runs in the test suite (test/unit/grammar-docs.test.ts), not at every start.
    skipValidations: true,
    lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 4 }),
  });
  return parser;
}

/** Tokens that may begin an element when they start a line: where parsing resumes after an error. */
function canResumeAt(tokens: IToken[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && prev.startLine === t.startLine) return false;
  const name = t.tokenType.name;
  if (keywordEntry(name) || name === 'NumberLiteral' || name === 'Star' || name === 'Arrow' || name === 'LBracket') return true;
  return name === 'Identifier' && tokens[i + 1]?.tokenType === T.Colon;
}

export function nextResyncPoint(tokens: IToken[], stuck: number): number {
  let i = stuck + 1;
  while (i < tokens.length && !canResumeAt(tokens, i)) i++;
  return i;
}

export interface ParseResult {
  /** The file's elements in source order. */
  elements: CstNode[];
  errors: IRecognitionException[];
}

export function parseTokens(tokens: IToken[]): ParseResult {
  return getParser().parseFile(tokens);
}
