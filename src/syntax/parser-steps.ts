// Grammar, part 2: procedures, their steps and every clause a step can carry.
import type { IParserConfig } from 'chevrotain';
import * as T from './tokens.js';
import { BaseGrammar } from './parser-base.js';

const K = T.keywordToken;

export class StepGrammar extends BaseGrammar {
  constructor(config: IParserConfig) {
    super(config);
  }

  /** «рәсім МК-рәсімі: МК арқылы[, егер «…» жағдайда] [«heading»]»; the steps that follow belong to it. */
  procedure = this.RULE('procedure', () => {
    this.CONSUME(K('Procedure'));
    this.CONSUME(T.AnyName);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.entityRef);
    this.CONSUME(K('Via'));
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      this.CONSUME(K('If'));
      this.CONSUME(T.Text);
      this.OPTION2(() => this.CONSUME(K('InCase')));
    });
    this.OPTION3(() => this.CONSUME2(T.Text));
  });

  /** «2) кеңсе: «…»», «1-іс-қимыл кеңсе: «…»», «3) 1-шарт портал: «…»», «* алушы: «…»»; clauses follow. */
  step = this.RULE('step', () => {
    this.SUBRULE(this.stepLabel);
    this.OPTION(() => this.SUBRULE(this.systemLabel));
    this.SUBRULE(this.entityRef);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  stepLabel = this.RULE('stepLabel', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NumberLiteral);
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.NumberLiteral);
          this.CONSUME(T.Dash);
          this.CONSUME(K('Action'));
        },
      },
      { ALT: () => this.CONSUME(T.Star) },
    ]);
  });

  /** The information-system label of a step: «1-процесс», «2-шарт». */
  systemLabel = this.RULE('systemLabel', () => {
    this.CONSUME(T.NumberLiteral);
    this.CONSUME(T.Dash);
    this.OR([{ ALT: () => this.CONSUME(K('Process')) }, { ALT: () => this.CONSUME(K('Condition')) }]);
    this.OPTION(() => this.CONSUME(T.Comma));
  });

  durationClause = this.RULE('durationClause', () => {
    this.CONSUME(K('Duration'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.durationExpr);
  });

  resultClause = this.RULE('resultClause', () => {
    this.CONSUME(K('StepResult'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  shortClause = this.RULE('shortClause', () => {
    this.CONSUME(K('Short'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  /** «сызбадағы ұзақтығы: «15 минуттан аспайды»»: the duration as the chart prints it. */
  chartDurationClause = this.RULE('chartDurationClause', () => {
    this.CONSUME(K('ChartDuration'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  /** «сұрақ: «Құжаттар толық па?»»: the question printed in the step's decision diamond. */
  questionClause = this.RULE('questionClause', () => {
    this.CONSUME(K('Question'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  recipientClause = this.RULE('recipientClause', () => {
    this.CONSUME(K('Recipient'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.entityRef);
    this.MANY(() => {
      this.CONSUME(K('Or'));
      this.SUBRULE2(this.entityRef);
    });
  });

  /**
   * «егер «…» жағдайда: [кеңсе:] «…» [clauses] → target»; the arrow closes the branch. Without it the
   * branch ends at the first clause that is not its own, and the AST stage reports it at the branch.
   */
  branch = this.RULE('branch', () => {
    this.CONSUME(K('If'));
    this.CONSUME(T.Text);
    this.OPTION(() => this.CONSUME(K('InCase')));
    this.CONSUME(T.Colon);
    this.OPTION2(() => {
      this.SUBRULE(this.entityRef);
      this.CONSUME2(T.Colon);
    });
    this.CONSUME2(T.Text);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.durationClause) },
        { ALT: () => this.SUBRULE(this.resultClause) },
        { ALT: () => this.SUBRULE(this.shortClause) },
        { ALT: () => this.SUBRULE(this.chartDurationClause) },
        { ALT: () => this.SUBRULE(this.recipientClause) },
        { ALT: () => this.SUBRULE(this.annotation) },
        { ALT: () => this.SUBRULE(this.laneClause) },
      ]);
    });
    // «иә → бас тарту»: the exit the chart labels Иә (or Жоқ), as the printed diamond does.
    this.OPTION3(() => {
      this.OPTION4(() => this.OR2([{ ALT: () => this.CONSUME(K('Yes')) }, { ALT: () => this.CONSUME(K('No')) }]));
      this.CONSUME(T.Arrow);
      this.SUBRULE(this.target);
    });
  });

  consentClause = this.RULE('consentClause', () => {
    this.CONSUME(K('Consent'));
    this.OPTION(() => this.SUBRULE(this.entityRef));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  noteClause = this.RULE('noteClause', () => {
    this.CONSUME(K('Note'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  /** «ақау [TRT2101, duplicate-number]: «…»»: a defect of the printed act, naming the findings it explains. */
  defectClause = this.RULE('defectClause', () => {
    this.CONSUME(K('Defect'));
    this.OPTION(() => {
      this.CONSUME(T.LBracket);
      this.CONSUME(T.AnyName);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.CONSUME2(T.AnyName);
      });
      this.CONSUME(T.RBracket);
    });
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  /**
   * «тек «…» [жағдайда]»: the step runs only in that case; «тек «…» жағдайда: «…»»: only that part of
   * its action does.
   */
  guardClause = this.RULE('guardClause', () => {
    this.CONSUME(K('Only'));
    this.CONSUME(T.Text);
    this.OPTION(() => this.CONSUME(K('InCase')));
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.CONSUME2(T.Text);
    });
  });

  /** «әйтпесе → аяқталу»: where the flow goes when the step's «тек» case does not hold. */
  otherwiseClause = this.RULE('otherwiseClause', () => {
    this.CONSUME(K('Otherwise'));
    this.CONSUME(T.Arrow);
    this.SUBRULE(this.target);
  });

  /** «жасайды: акт, қорытынды»: documents the step makes (drafts, draws up, issues). */
  makesClause = this.RULE('makesClause', () => {
    this.CONSUME(K('Makes'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.nameList);
  });

  /** «пайдаланады: қорытынды»: documents the step works from (signs, hands over, reads). */
  usesClause = this.RULE('usesClause', () => {
    this.CONSUME(K('Uses'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.nameList);
  });

  nameList = this.RULE('nameList', () => {
    this.CONSUME(T.AnyName);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.AnyName);
    });
  });

  /** «жүйе: РДБ»: the information systems a unit's step works in (enters data into, selects from). */
  stepSystemsClause = this.RULE('stepSystemsClause', () => {
    this.CONSUME(K('System'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.entityRef);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.entityRef);
    });
  });

  /** «жолы: кеңсе»: the lane the box is drawn in, where the chart draws it apart from its performer. */
  laneClause = this.RULE('laneClause', () => {
    this.CONSUME(K('Lane'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.entityRef);
  });

  /** «иә → 3-процесс», «жоқ → 2-процесс» on a condition. */
  outcomeClause = this.RULE('outcomeClause', () => {
    this.OR([{ ALT: () => this.CONSUME(K('Yes')) }, { ALT: () => this.CONSUME(K('No')) }]);
    this.CONSUME(T.Arrow);
    this.SUBRULE(this.target);
  });

  gotoClause = this.RULE('gotoClause', () => {
    this.CONSUME(T.Arrow);
    this.SUBRULE(this.target);
  });

  /** «ағын: портал → ЭҮШ немесе ЭҮАШ → тізілім»: a message travelling between systems, by alternative routes. */
  flowClause = this.RULE('flowClause', () => {
    this.CONSUME(K('Flow'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.flowHop);
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.Arrow);
      this.SUBRULE2(this.flowHop);
    });
  });

  /** One hop of a message: a system, or alternatives «шлюз немесе өңірлік-шлюз». */
  flowHop = this.RULE('flowHop', () => {
    this.SUBRULE(this.entityRef);
    this.MANY(() => {
      this.CONSUME(K('Or'));
      this.SUBRULE2(this.entityRef);
    });
  });

  /** «құжат: «…»»: the electronic document this step delivers to the applicant. */
  documentClause = this.RULE('documentClause', () => {
    this.CONSUME(K('Document'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
  });

  /** «шешім: анықтама немесе бас тарту»: the step decides which result the service gives. */
  decisionClause = this.RULE('decisionClause', () => {
    this.CONSUME(K('Decision'));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.outcomeExpr);
  });
}
