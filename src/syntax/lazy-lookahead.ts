// Chevrotain lookahead computed on first use: parser construction is most of CLI start-up otherwise.
//
// Chevrotain precomputes a lookahead function for every alternation and repetition when the parser is
// built. A file uses only some of them, so this strategy hands Chevrotain a thin function that builds
// the real one (with the standard LL(k) strategy) the first time it is called, then delegates to it.
import { LLkLookaheadStrategy } from 'chevrotain';

type Strategy = InstanceType<typeof LLkLookaheadStrategy>;
type AlternationOptions = Parameters<Strategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<Strategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = ReturnType<Strategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<Strategy['buildLookaheadForOptional']>;

export class LazyLookaheadStrategy extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    let real: AlternationLookahead | undefined;
    const build = () => (real ??= super.buildLookaheadForAlternation(options));
    return function lazyAlternation(this: unknown, ...args: unknown[]) {
      return (build() as (...a: unknown[]) => number | undefined).apply(this, args);
    } as AlternationLookahead;
  }

  override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    let real: OptionalLookahead | undefined;
    const build = () => (real ??= super.buildLookaheadForOptional(options));
    return function lazyOptional(this: unknown) {
      return (build() as () => boolean).call(this);
    } as OptionalLookahead;
  }
}
