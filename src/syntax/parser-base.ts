// Grammar, part 1: references, annotations, outcomes and durations (rules every later part uses).
import { CstParser, type IParserConfig } from 'chevrotain';
import * as T from './tokens.js';

const K = T.keywordToken;

export class BaseGrammar extends CstParser {
  constructor(config: IParserConfig) {
    super(T.ALL_TOKENS, config);
  }

  /**
   * A word directly followed by «:» starts a clause (typically a misspelt keyword such as «ұзактығы:»);
   * word lists stop before it, so the error lands on the misspelling with a «did you mean» fix.
   */
  protected notClauseStart = (): boolean => this.LA(2).tokenType !== T.Colon;

  /**
   * A name of an actor, organisation or system. Any word may be a name here, keywords included; the
   * keywords «беруші» and «алушы» are the built-in provider and applicant (told apart by the AST stage).
   */
  entityRef = this.RULE('entityRef', () => {
    this.CONSUME(T.EntityName);
  });

  /** «3», «2-процесс», «1-шарт», «4-іс-қимыл». */
  stepRef = this.RULE('stepRef', () => {
    this.CONSUME(T.NumberLiteral);
    this.OPTION(() => {
      this.CONSUME(T.Dash);
      this.OR([
        { ALT: () => this.CONSUME(K('Action')) },
        { ALT: () => this.CONSUME(K('Process')) },
        { ALT: () => this.CONSUME(K('Condition')) },
      ]);
    });
  });

  /** Where a path goes: the end with the result, the refusal end, the next step, or a step. */
  target = this.RULE('target', () => {
    this.OR([
      { ALT: () => this.CONSUME(K('End')) },
      { ALT: () => this.CONSUME(K('Refusal')) },
      { ALT: () => this.CONSUME(K('Next')) },
      { ALT: () => this.SUBRULE(this.stepRef) },
    ]);
  });

  /** «(бұдан әрі – …)»: the act's own short name for what was just declared. */
  hereinafter = this.RULE('hereinafter', () => {
    this.CONSUME(T.LParen);
    this.CONSUME(K('Hereinafter'));
    this.CONSUME(T.Dash);
    this.CONSUME(T.Text);
    this.CONSUME(T.RParen);
  });

  /** «[стандарттың 9-тармағы]», «[1-қосымша]». */
  annotation = this.RULE('annotation', () => {
    this.CONSUME(T.LBracket);
    this.SUBRULE(this.refTarget);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.refTarget);
    });
    this.CONSUME(T.RBracket);
  });

  refTarget = this.RULE('refTarget', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K('Standard'));
          this.CONSUME(T.NumberLiteral);
          this.MANY(() => {
            this.CONSUME(T.Comma);
            this.CONSUME2(T.NumberLiteral);
          });
          this.CONSUME(T.Dash);
          this.OR2([{ ALT: () => this.CONSUME(K('Item')) }, { ALT: () => this.CONSUME(K('Appendix')) }]);
        },
      },
      {
        ALT: () => {
          this.CONSUME3(T.NumberLiteral);
          this.CONSUME2(T.Dash);
          this.CONSUME2(K('Appendix'));
        },
      },
      { ALT: () => this.CONSUME3(K('Appendix')) },
    ]);
  });

  /** «анықтама немесе бас тарту», «шешім және хабарлама». */
  outcomeExpr = this.RULE('outcomeExpr', () => {
    this.SUBRULE(this.outcomeTerm);
    this.MANY(() => {
      this.CONSUME(K('Or'));
      this.SUBRULE2(this.outcomeTerm);
    });
  });

  outcomeTerm = this.RULE('outcomeTerm', () => {
    this.SUBRULE(this.outcomeAtom);
    this.MANY(() => {
      this.CONSUME(K('And'));
      this.SUBRULE2(this.outcomeAtom);
    });
  });

  /** A document name (any word, «шарт» and «шешім» included); the bare «бас тарту» is the declared refusal. */
  outcomeAtom = this.RULE('outcomeAtom', () => {
    this.CONSUME(T.AnyName);
  });

  /** «30 (отыз)», «он бес», «1,5». */
  quantity = this.RULE('quantity', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NumberLiteral);
          this.OPTION(() => {
            this.CONSUME(T.LParen);
            this.CONSUME(T.NumeralWords);
            this.CONSUME(T.RParen);
          });
        },
      },
      { ALT: () => this.CONSUME2(T.NumeralWords) },
    ]);
  });

  /**
   * One measured amount with its words: «күнтізбелік он күн ішінде», «түскен күні – 2 минут»,
   * «бір жұмыс күні ішінде, «…» мерзіміне кірмейді». The words are checked against the vocabulary later.
   */
  durationCore = this.RULE('durationCore', () => {
    this.MANY({ GATE: this.notClauseStart, DEF: () => this.CONSUME(T.Identifier) });
    this.OPTION(() => this.CONSUME(T.Dash));
    this.SUBRULE(this.quantity);
    this.MANY2({ GATE: this.notClauseStart, DEF: () => this.CONSUME2(T.Identifier) });
    this.OPTION2(() => {
      this.CONSUME(T.Comma);
      this.OPTION3(() => this.CONSUME(T.Text));
      this.AT_LEAST_ONE(() => this.CONSUME3(T.Identifier));
    });
  });

  /** An amount with an optional label or condition: «тексеру актісін жасау» – күнтізбелік он күн ішінде. */
  durationTerm = this.RULE('durationTerm', () => {
    this.OPTION(() => {
      this.CONSUME(T.Text);
      this.OPTION2(() => this.CONSUME(K('InCase')));
      this.OR([{ ALT: () => this.CONSUME(T.Dash) }, { ALT: () => this.CONSUME(T.Comma) }]);
    });
    this.SUBRULE(this.durationCore);
  });

  /** Alternatives by outcome or case: … немесе … */
  durationAlt = this.RULE('durationAlt', () => {
    this.SUBRULE(this.durationTerm);
    this.MANY(() => {
      this.CONSUME(K('Or'));
      this.SUBRULE2(this.durationTerm);
    });
  });

  /** Sequential parts: … ; … */
  durationExpr = this.RULE('durationExpr', () => {
    this.SUBRULE(this.durationAlt);
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      this.SUBRULE2(this.durationAlt);
    });
  });
}
