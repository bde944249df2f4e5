// Grammar, part 3: the statements a numbered paragraph of the act may hold.
import type { IParserConfig } from 'chevrotain';
import * as T from './tokens.js';
import { StepGrammar } from './parser-steps.js';

const K = T.keywordToken;

export class StatementGrammar extends StepGrammar {
  constructor(config: IParserConfig) {
    super(config);
  }

  /** «беруші: «…»[, «…»] (бұдан әрі – «…»)». */
  providerStmt = this.RULE('providerStmt', () => {
    this.CONSUME(K('Provider'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Text);
    });
    this.OPTION(() => this.SUBRULE(this.hereinafter));
  });

  /** «қабылдау және беру [«…»]: 1) ұйым МК …; 2) портал». */
  channelStmt = this.RULE('channelStmt', () => {
    this.OR([
      { ALT: () => this.CONSUME(K('IntakeAndIssuance')) },
      { ALT: () => this.CONSUME(K('Intake')) },
      { ALT: () => this.CONSUME(K('Issuance')) },
    ]);
    this.OPTION(() => this.CONSUME(T.Text));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.channelItem);
    this.MANY(() => {
      this.OR2([{ ALT: () => this.CONSUME(T.Semicolon) }, { ALT: () => this.CONSUME(T.Comma) }]);
      this.SUBRULE2(this.channelItem);
    });
  });

  channelItem = this.RULE('channelItem', () => {
    this.OPTION(() => {
      this.CONSUME(T.NumberLiteral);
      this.CONSUME(T.RParen);
    });
    this.OR([
      { ALT: () => this.SUBRULE(this.organisationDecl) },
      { ALT: () => this.SUBRULE(this.systemDecl) },
      {
        ALT: () => {
          this.SUBRULE(this.entityRef);
          this.OPTION2(() => this.CONSUME(T.Text));
        },
      },
    ]);
  });

  /** A kind word in parentheses, read against the vocabulary: «(корпорация)», «(жұмыс орны)». */
  kindWords = this.RULE('kindWords', () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE(() => this.CONSUME(T.AnyName));
    this.CONSUME(T.RParen);
  });

  organisationDecl = this.RULE('organisationDecl', () => {
    this.CONSUME(K('Organisation'));
    this.CONSUME(T.AnyName);
    this.OPTION(() => this.SUBRULE(this.kindWords));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.OPTION2(() => this.SUBRULE(this.hereinafter));
  });

  systemDecl = this.RULE('systemDecl', () => {
    this.CONSUME(K('System'));
    this.CONSUME(T.AnyName);
    this.OPTION(() => this.SUBRULE(this.kindWords));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.OPTION2(() => this.SUBRULE(this.hereinafter));
  });

  participantDecl = this.RULE('participantDecl', () => {
    this.CONSUME(K('Participant'));
    this.SUBRULE(this.participantBody);
  });

  /** «кеңсе (беруші): «көрсетілетін қызметті берушінің кеңсе қызметкері»». */
  participantBody = this.RULE('participantBody', () => {
    this.CONSUME(T.AnyName);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.SUBRULE(this.entityRef);
      this.CONSUME(T.RParen);
    });
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.OPTION2(() => this.SUBRULE(this.hereinafter));
  });

  /** The §3 list: «қатысушылар [«…»]: 1) …; 2) …». */
  participantsStmt = this.RULE('participantsStmt', () => {
    this.CONSUME(K('Participants'));
    this.OPTION(() => this.CONSUME(T.Text));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.participantItem);
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      this.SUBRULE2(this.participantItem);
    });
  });

  participantItem = this.RULE('participantItem', () => {
    this.CONSUME(T.NumberLiteral);
    this.CONSUME(T.RParen);
    this.SUBRULE(this.participantBody);
  });

  abbreviationDecl = this.RULE('abbreviationDecl', () => {
    this.CONSUME(K('Abbreviation'));
    this.OR([{ ALT: () => this.CONSUME(T.AnyName) }, { ALT: () => this.CONSUME(T.Text) }]);
    this.CONSUME(T.Colon);
    this.CONSUME2(T.Text);
    this.OPTION(() => this.SUBRULE(this.hereinafter));
  });

  /** «нысаны: электрондық (ішінара автоматтандырылған) және (немесе) қағаз түрінде». */
  formStmt = this.RULE('formStmt', () => {
    this.OR([{ ALT: () => this.CONSUME(K('Form')) }, { ALT: () => this.CONSUME(K('ResultForm')) }]);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.formTerm);
    this.MANY(() => {
      this.SUBRULE(this.formConjunction);
      this.SUBRULE2(this.formTerm);
    });
  });

  formTerm = this.RULE('formTerm', () => {
    this.AT_LEAST_ONE({ GATE: this.notClauseStart, DEF: () => this.CONSUME(T.Identifier) });
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.AT_LEAST_ONE2(() => this.CONSUME2(T.Identifier));
      this.CONSUME(T.RParen);
      this.MANY({ GATE: this.notClauseStart, DEF: () => this.CONSUME3(T.Identifier) });
    });
  });

  formConjunction = this.RULE('formConjunction', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K('And'));
          this.OPTION(() => {
            this.CONSUME(T.LParen);
            this.CONSUME(K('Or'));
            this.CONSUME(T.RParen);
          });
        },
      },
      { ALT: () => this.CONSUME2(K('Or')) },
      { ALT: () => this.CONSUME(T.Comma) },
    ]);
  });

  /** «құжат анықтама: «…»»; any word names a document, a keyword too («шарт», «шешім»). */
  documentDecl = this.RULE('documentDecl', () => {
    this.OPTION3(() => {
      this.CONSUME(T.NumberLiteral);
      this.CONSUME(T.RParen);
    });
    this.CONSUME(K('Document'));
    this.CONSUME(T.AnyName);
    this.OPTION(() => this.SUBRULE(this.kindWords));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.OPTION2(() => this.SUBRULE(this.hereinafter));
    this.MANY(() => this.SUBRULE(this.annotation));
  });

  refusalDecl = this.RULE('refusalDecl', () => {
    this.OPTION2(() => {
      this.CONSUME(T.NumberLiteral);
      this.CONSUME(T.RParen);
    });
    this.CONSUME(K('Refusal'));
    this.CONSUME(T.AnyName);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.OPTION(() => this.SUBRULE(this.hereinafter));
    this.MANY(() => this.SUBRULE(this.annotation));
  });

  /** «қызмет нәтижесі [портал]: анықтама немесе бас-тарту [«…»]». */
  serviceResultStmt = this.RULE('serviceResultStmt', () => {
    this.CONSUME(K('ServiceResult'));
    this.OPTION(() => {
      this.SUBRULE(this.entityRef);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.entityRef);
      });
    });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.outcomeExpr);
    this.OPTION2(() => this.CONSUME(T.Text));
  });

  /** «жеткізу портал: жеке кабинет, ЭЦҚ «…»»; several channels, or none for every channel. */
  deliveryStmt = this.RULE('deliveryStmt', () => {
    this.CONSUME(K('Delivery'));
    this.OPTION2(() => {
      this.SUBRULE(this.entityRef);
      this.MANY2(() => {
        this.CONSUME2(T.Comma);
        this.SUBRULE2(this.entityRef);
      });
    });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.deliveryMeans);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(K('And')) }]);
      this.SUBRULE2(this.deliveryMeans);
    });
    this.OPTION(() => this.CONSUME(T.Text));
  });

  deliveryMeans = this.RULE('deliveryMeans', () => {
    this.AT_LEAST_ONE({ GATE: this.notClauseStart, DEF: () => this.CONSUME(T.Identifier) });
  });

  /** «негіз [беруші, МК]: «…»»: the basis for starting the procedure, of every channel or of those named. */
  basisStmt = this.RULE('basisStmt', () => {
    this.CONSUME(K('Basis'));
    this.OPTION(() => {
      this.SUBRULE(this.entityRef);
      this.MANY2(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.entityRef);
      });
    });
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.MANY(() => this.SUBRULE(this.annotation));
  });

  /** «мерзімі [беруші]: «құжаттарды тапсырған сәттен бастап» – 15 (он бес) күнтізбелік күн». */
  termStmt = this.RULE('termStmt', () => {
    this.CONSUME(K('Term'));
    this.OPTION(() => this.SUBRULE(this.entityRef));
    this.CONSUME(T.Colon);
    this.SUBRULE(this.durationExpr);
  });

  /** «нәтижесі кеңсе-рәсімі 1-іс-қимыл: «…» → 2-іс-қимыл»: a step's result stated in another paragraph. */
  stepResultStmt = this.RULE('stepResultStmt', () => {
    this.CONSUME(K('StepResult'));
    this.CONSUME(T.AnyName);
    this.SUBRULE(this.stepRef);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.OPTION(() => {
      this.CONSUME(T.Arrow);
      this.SUBRULE(this.target);
    });
  });

  textStmt = this.RULE('textStmt', () => {
    this.CONSUME(K('TextKw'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Text);
    this.MANY(() => this.SUBRULE(this.annotation));
  });

  repeatStmt = this.RULE('repeatStmt', () => {
    this.CONSUME(K('Repeat'));
    this.CONSUME(T.Colon);
    this.CONSUME(T.AnyName);
  });
}
