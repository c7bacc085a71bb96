// The filters users pick today, each set up as its documentation recommends, behind one
// shape: { name, screen(text) → verdict-ish }.
import { createRequire } from "node:module";

export async function peers() {
  const require = createRequire(import.meta.url);
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import("obscenity");
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const { Filter } = await import("bad-words");
  const filter = new Filter();
  const leo = require("leo-profanity");
  return [
    { name: "obscenity", screen: (t) => matcher.hasMatch(t) },
    { name: "bad-words", screen: (t) => filter.isProfane(t) },
    { name: "leo-profanity", screen: (t) => leo.check(t) },
  ];
}
