#!/usr/bin/env python3
"""Builds data/demo/demo.json, the demo dataset Chancery loads on first run and with `chancery demo`.

Every engagement is a real event: its facts are those of the dev corpus gold (data/corpus/dev/gold.jsonl),
the corpus documents are its sources, and the evidence spans point at where each document states them.
Summaries are composed from those facts in our own words. Curated additions: data/demo/people.json
(positions) and data/demo/plans.json (plans of action). Run: python3 data/scripts/build-demo.py
"""
import json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data/corpus/dev"
REFERENCE = ROOT / "data/reference"
DEMO = ROOT / "data/demo"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
KIND_LABEL = {"summit": "Summit", "ministerial-meeting": "Ministerial meeting", "senior-officials-meeting": "Senior officials' meeting",
              "joint-committee": "Joint committee meeting", "courtesy-call": "Courtesy call", "bilateral-meeting": "Bilateral meeting",
              "visit": "Visit", "forum": "Forum", "signing": "Signing ceremony", "other": "Meeting"}
LEVEL = {"summit": "leaders", "ministerial-meeting": "ministers", "senior-officials-meeting": "senior-officials", "joint-committee": "committee"}
TYPE_WORDS = ["Summit", "PMC", "SOM", "Dialogue", "Forum", "JCC", "JSCC", "DPC"]
SECTOR_WORDS = {
    "political-security": ["political-security", "political and security", "security"], "counter-terrorism": ["terrorism"],
    "transnational-crime": ["transnational crime", "drug"], "maritime": ["maritime"], "defence": ["defence", "defense"],
    "trade": ["trade"], "investment": ["investment"], "economy": ["economic", "economy"], "industry": ["industr"],
    "connectivity": ["connectivity"], "energy": ["energy"], "agriculture-food": ["agricultur", "food"], "tourism": ["touris"],
    "digital": ["digital", "cyber"], "science-technology": ["science and technology", "science", "technolog"],
    "smart-cities": ["smart cit"], "disaster-management": ["disaster"], "health": ["health", "pandemic", "COVID"],
    "environment-climate": ["climate", "environment"], "education": ["education", "scholarship"], "culture": ["cultur"],
    "people-to-people": ["people-to-people"], "youth-sports": ["youth", "sport"], "development-gap": ["development gap", "Initiative for ASEAN Integration"],
    "finance": ["financ"], "transport": ["transport"], "human-rights": ["human rights"], "labour-migration": ["migra", "labour"], "women": ["women"]}
STANCE_WORDS = {"supports-asean-centrality": ["ASEAN Centrality", "ASEAN centrality", "central role", "centrality"],
                "supports-aoip": ["Outlook on the Indo-Pacific", "AOIP"], "supports-five-point-consensus": ["Five-Point Consensus", "five-point consensus"],
                "supports-tac": ["Treaty of Amity and Cooperation", "TAC"], "supports-scs-code-of-conduct": ["Code of Conduct", "COC"]}


def tsv(path):
    rows = [l.rstrip("\n").split("\t") for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def slug(*words):
    text = unicodedata.normalize("NFKD", "-".join(words))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def fold(name):
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


ACTOR_NAMES = {r["code"]: r["name"] for r in tsv(REFERENCE / "states.tsv")} | {r["id"]: r["name"] for r in tsv(REFERENCE / "organisations.tsv")}
# Short forms for compounds ("ASEAN-UK"), prose forms for sentences ("between ASEAN and the United Kingdom").
SHORT_NAMES = ACTOR_NAMES | {"EU": "EU", "GB": "UK", "US": "US", "KR": "ROK", "VN": "Viet Nam", "LA": "Lao PDR"}
ACTOR_NAMES.update({"GB": "the United Kingdom", "US": "the United States", "KR": "the Republic of Korea", "PH": "the Philippines",
                    "VN": "Viet Nam", "LA": "Laos"})
PLAN_ACRONYMS = {"comprehensive plan of action": "CPA", "practical cooperation areas": "PCA", "plan of action": "POA"}
REFERENCE_MECHANISMS = json.loads((REFERENCE / "mechanisms.json").read_text(encoding="utf-8"))["mechanisms"]


def names(codes, table=ACTOR_NAMES):
    ordered = sorted(codes, key=lambda c: (c != "ASEAN", SHORT_NAMES.get(c, c)))
    return [table.get(c, c) for c in ordered]


def compound(codes):
    return "-".join(names(codes, SHORT_NAMES))


def joined(words):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def mechanism_type(m):
    return next((t for t in TYPE_WORDS if m["name"].endswith(t) or m.get("acronym", "").endswith(t)), None) or \
        {"Post Ministerial Conference": "PMC", "Senior Officials' Meeting": "SOM", "Joint Cooperation Committee": "JCC"}.get(
            next((k for k in ("Post Ministerial Conference", "Senior Officials' Meeting", "Joint Cooperation Committee") if k in m["name"]), ""), None)


def find_mechanism(acronym, parties, kind, extra):
    a = fold(acronym)
    for m in REFERENCE_MECHANISMS + extra:
        if m["kind"] != kind:
            continue
        same_parties = sorted(m["parties"]) == sorted(parties) or len(m["parties"]) > 2
        known = {fold(m.get("acronym", ""))} | {fold(x) for x in m.get("aliases", [])}
        # "EAS" for a ministerial meeting is the EAS Foreign Ministers' Meeting ("EAS FMM").
        if a and same_parties and (a in known or fold(m.get("acronym", "")).startswith(a)):
            return m
        if m["parties"] == sorted(parties) and mechanism_type(m) and fold(mechanism_type(m)) == a:
            return m
    m = {"id": slug(*parties, acronym), "name": f"{compound(parties)} {acronym}", "acronym": acronym,
         "kind": kind, "level": LEVEL.get(kind, "working-level"), "cadence": "irregular", "parties": sorted(parties)}
    extra.append(m)
    return m


def occurrences(text, needle):
    return [m.start() for m in re.finditer(re.escape(needle), text, re.IGNORECASE)] if needle else []


def nearest(text, needles, anchor):
    best = None
    for needle in needles:
        for start in occurrences(text, needle):
            if best is None or abs(start - anchor) < abs(best[0] - anchor):
                best = (start, start + len(needle))
    return best


def date_needles(iso):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    month = MONTHS[m - 1]
    return [f"{d} {month} {y}", f"{month} {d}, {y}", f"{d} {month}", f"{month} {d}", f"{month[:3]}. {d}"]


def evidence(text, e, role, anchor_hint):
    spans = []
    date = nearest(text, date_needles(e["date"]), anchor_hint) if e["date"] else None
    anchor = date[0] if date else anchor_hint

    def add(field, needles, value=None, confidence=1.0):
        hit = nearest(text, [n for n in needles if n], anchor)
        if hit:
            spans.append({"field": field, "start": hit[0], "end": hit[1], "confidence": confidence, "value": value})
    if date:
        spans.append({"field": "date", "start": date[0], "end": date[1], "confidence": 1.0, "value": e["date"]})
    if e["mechanism"]:
        add("mechanism", [e["mechanism"]["acronym"]], e["mechanism"]["acronym"])
    add("city", [e["city"]], e["city"])
    for p in e["participants"]:
        whole = nearest(text, [p["name"]], anchor)
        if whole:
            spans.append({"field": "participants", "start": whole[0], "end": whole[1], "confidence": 1.0, "value": p["name"]})
        else:
            add("participants", [p["name"].split()[-1]], p["name"], 0.8)
    for s in e["sectors"]:
        add("sectors", SECTOR_WORDS.get(s, []), s, 0.9)
    for s in e["stances"]:
        add("stances", STANCE_WORDS.get(s["stance"], []), s["stance"], 0.9)
    for p in e["plans"]:
        add("plans", [p, "Plan of Action", "Plan"], p, 0.9)
    if "ASEAN Secretariat" in text and e["city"] == "Jakarta" and role == "primary":
        add("venue", ["ASEAN Secretariat"], "ASEAN Secretariat")
    return spans


def summary(e, mechanism, place):
    with_whom = [f"{p['name']} ({p['title']}, {SHORT_NAMES.get(p['affiliation'], p['affiliation'])})" for p in e["participants"] if p["name"]]
    where = f" in {place}" if place else ""
    how = " by videoconference" if e["virtual"] else ""
    if mechanism:
        ordinal = e["mechanism"]["ordinal"]
        label = f"{ordinal}{'th' if 10 <= ordinal % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(ordinal % 10, 'th')} " if ordinal else ""
        acronym = mechanism.get("acronym")
        head = f"{label}{mechanism['name']}" + (f" ({acronym})" if acronym and acronym not in mechanism["name"] else "")
        text = f"{head[0].upper()}{head[1:]}, held{where}{how}."
    else:
        text = f"{KIND_LABEL[e['kind']]} between {joined(names(e['parties']))}{where}{how}." if len(e["parties"]) > 1 else \
            f"{KIND_LABEL[e['kind']]} of {joined(names(e['parties']))}{where}{how}."
    if with_whom:
        text += f" Taking part: {joined(with_whom)}."
    return text


def plan_for(label, parties, plans):
    """The plan a gold label names, keyed by its parties, its kind of plan (abbreviated) and its period."""
    years = re.findall(r"(?:19|20)\d\d", label)
    if len(years) != 2:
        return None
    short = label
    for words, acronym in PLAN_ACRONYMS.items():
        short = re.sub(words, acronym, short, flags=re.IGNORECASE)
    title = label
    for words, acronym in PLAN_ACRONYMS.items():
        title = re.sub(rf"\b{acronym}\b", words.title().replace(" Of ", " of "), title)
    plan_id = slug(*sorted(parties), short)
    plans.setdefault(plan_id, {"id": plan_id, "title": f"{compound(parties)} {title}", "short_title": short,
                               "parties": sorted(parties), "first_year": int(years[0]), "last_year": int(years[1]), "sections": []})
    return plan_id


def main():
    gold = [json.loads(l) for l in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    curated_people = {p["name"]: p for p in json.loads((DEMO / "people.json").read_text(encoding="utf-8"))["people"]}
    plans = {p["id"]: p for p in json.loads((DEMO / "plans.json").read_text(encoding="utf-8"))["plans"]}
    extra_mechanisms, people, sources, merged = [], {}, {}, {}
    for doc in gold:
        text = (CORPUS / f"{doc['id']}.txt").read_text(encoding="utf-8-sig")
        for e in doc["engagements"]:
            if not e["date"]:
                continue
            key = (e["date"], e["kind"], tuple(sorted(e["parties"])))
            rec = merged.setdefault(key, {"gold": e, "participants": {}, "citations": [], "roles": set()})
            for p in e["participants"]:
                rec["participants"].setdefault(fold(p["name"]), p)
            if doc["id"] not in sources:
                sources[doc["id"]] = {"key": doc["id"], "title": text.strip().splitlines()[0][:200], "outlet": "Chancery dev corpus",
                                      "published": doc["published"], "text": text}
            first = text.find(e["city"]) if e["city"] and e["role"] == "primary" else 0
            rec["citations"].append({"source": doc["id"], "role": e["role"], "evidence": evidence(text, e, e["role"], max(first, 0))})
            rec["roles"].add(e["role"])
    engagements = []
    for (date, kind, parties), rec in sorted(merged.items()):
        e = rec["gold"]
        mechanism = find_mechanism(e["mechanism"]["acronym"], list(parties), kind, extra_mechanisms) if e["mechanism"] else None
        participants = []
        for p in rec["participants"].values():
            person = people.setdefault(p["name"], {"key": slug(p["name"]), "name": p["name"], "positions": []})
            position = {"title": p["title"], "affiliation": p["affiliation"]}
            if p["title"] and p["affiliation"] and position not in person["positions"]:
                person["positions"].append(position)
            participants.append({"person": person["key"], "title": p["title"], "affiliation": p["affiliation"]})
        country = ACTOR_NAMES.get(e["country"], e["country"]) if e["country"] else None
        place = ", ".join(x for x in [e["city"], country] if x)
        venue = next((s["value"] for c in rec["citations"] for s in c["evidence"] if s["field"] == "venue"), None)
        engagements.append({
            "date": date, "end_date": e["end_date"], "kind": kind,
            "mechanism": mechanism["id"] if mechanism else None, "ordinal": e["mechanism"]["ordinal"] if e["mechanism"] else None,
            "venue": venue, "city": e["city"], "country": e["country"], "virtual": e["virtual"], "parties": list(parties),
            "participants": participants, "sectors": e["sectors"], "stances": e["stances"],
            "plans": [p for p in (plan_for(label, parties, plans) for label in e["plans"]) if p],
            "summary": summary({**e, "participants": list(rec["participants"].values())}, mechanism, place),
            "review": "confirmed" if "primary" in rec["roles"] else "draft", "classification": "public",
            "citations": rec["citations"]})
    for name, curated in curated_people.items():
        person = people.setdefault(name, {"key": slug(name), "name": name, "positions": []})
        for position in curated["positions"]:
            person["positions"] = [p for p in person["positions"] if (p["title"], p["affiliation"]) != (position["title"], position["affiliation"])]
            person["positions"].insert(0, position)
    used = {c["source"] for e in engagements for c in e["citations"]}
    demo = {"about": "The demo dataset (generated by data/scripts/build-demo.py; do not edit by hand): real engagements from the facts of the dev corpus gold, "
                     "the corpus documents as their sources, evidence spans into them, summaries in our own words.",
            "people": sorted(people.values(), key=lambda p: p["key"]),
            "mechanisms": extra_mechanisms,
            "plans": list(plans.values()),
            "sources": [sources[k] for k in sorted(used)],
            "engagements": engagements}
    (DEMO / "demo.json").write_text(json.dumps(demo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"demo.json: {len(engagements)} engagements, {len(people)} people, {len(extra_mechanisms)} extra mechanisms, "
          f"{len(plans)} plans, {len(used)} sources")


if __name__ == "__main__":
    main()
