package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.List;

/** The comment headers of the generated files and the text of NOTICE.md: sources, mapping, policy, dates. */
final class Headers {

  private static final int WIDTH = 108;
  private static final String EXCLUSION = "Names left out: a name not in the Latin script; one word of fewer than"
      + " three letters; one ordinary word (one the sources' own prose writes in lower case: the Factbook's text,"
      + " Appendix B, the perennial sources summaries; or one listed in generator/not-names.txt), alone or after"
      + " \"The\"; a name not-names.txt lists; and, for a group, organisation or outlet, a name of a country,"
      + " capital or demonym. Acronyms: 2-6 characters in capitals (digits and hyphens allowed), or with a capital"
      + " after the first letter (HuM); they are matched case-sensitively and only where the context supports them;"
      + " one letter is never a name, nor are two letters that spell an ordinary word (IN, IS). An accented alias also gets its ASCII spelling; G-7 also gives G7.";

  private final SourceNotice notice;
  private final GeneratorPolicy policy;
  private final String asOf;
  private final int lastYear;
  private final String factbookSample;

  /** @param factbookSample a Factbook profile's path, to find the NOTICE.md row of the profiles */
  Headers(SourceNotice notice, GeneratorPolicy policy, String asOf, int lastYear, String factbookSample) {
    this.notice = notice;
    this.policy = policy;
    this.asOf = asOf;
    this.lastYear = lastYear;
    this.factbookSample = factbookSample;
  }

  List<String> countries() {
    List<String> h = start("countries.csv: the countries and territories of the CIA World Factbook, one row per"
        + " profile that has a country name (the world, the oceans and the European Union have none).",
        KnowledgeGenerator.FACTBOOK_FILES, UcdpActorReader.FILE, ConflictReader.FILE);
    h.add("Columns:");
    para(h, "id: Government/Country name/conventional short form (else the conventional long form), HTML entities"
        + " decoded, lower-case notes in parentheses dropped, folded to lower-case ASCII, runs of other characters as"
        + " _, a leading the_ dropped (burma, drc, congo_brazzaville, cote_d_ivoire).");
    para(h, "name: that short (or long) form.");
    para(h, "aliases: the conventional long form; the short form's comma-separated parts; the local short and long"
        + " forms in the Latin script, split at /, ; and \" or \"; the official translation a local form gives; former"
        + " names no other profile has and that are no capital; and the name UCDP uses when only its part in"
        + " parentheses is a Factbook name (\"New Name\" of \"New Name (Old Name)\"; the UCDP"
        + " line is in source). Another profile's name and any capital are left out.");
    para(h, "demonyms: People and Society/Nationality, noun and adjective: \"X(s)\" gives X|Xs,"
        + " \"Xman(men)\" Xman|Xmen; notes left out; a profile named \"Q Rest\" whose adjective another profile"
        + " shares and that begins with Rest also gets \"Q adjective\" and \"Q noun\" (North Korean|North Koreans)."
        + " Where the Factbook gives none (or \"none\"), the editors' generator/countries.csv gives them, with a"
        + " public page in source. Demonyms are facts here; the bodies in actors.csv use only the adjectives no"
        + " other country shares, or that a country shares only with countries of a " + Countries.PREVAILING_POPULATION
        + "th of its population or less (People and Society/Population: Congolese is the DRC's, Dominican the"
        + " Dominican Republic's; Korean is nobody's).");
    para(h, "capital: Government/Capital/name: each capital, then the other names its parentheses give (Rangoon|"
        + "Yangon|Nay Pyi Taw); notes left out. Where the Factbook gives none, generator/countries.csv.");
    para(h, "source: the profile, then the UCDP lines an alias comes from, then the page of the editors' row.");
    para(h, "acronyms (a column added to the contract): the Country name abbreviation field's acronyms (US|USA,"
        + " DRC), matched case-sensitively.");
    para(h, EXCLUSION);
    return h;
  }

  List<String> actors() {
    List<String> h = start("actors.csv: who speaks for whom. Each country's state bodies, generated from the"
        + " Factbook with the name forms of generator/forms.csv; UCDP's armed groups; the Factbook's terrorist groups.",
        KnowledgeGenerator.FACTBOOK_FILES, UcdpActorReader.FILE, ConflictReader.FILE);
    h.add("Letter policy (generator/forms.csv):");
    for (GeneratorPolicy.Body b : policy.bodies().values()) {
      h.add("  " + b.id() + ": " + b.kind() + ", " + b.letter());
    }
    para(h, "Governments, heads of state and government, ministries, militaries and police are C: a named,"
        + " accountable official source; when it is a party to the conflict a story is about, the rules mark it"
        + " down, not this letter. Armed non-state groups are E. State media and news agencies come from the"
        + " editors' list, rules/lexicon/organisations.csv.");
    h.add("Rows and columns:");
    para(h, "State bodies (gov, hos, hog, mil, police, min.<ministry>, id <body>.<country id>) are written for each"
        + " profile whose Government/Executive branch names a chief of state or a head of government; aliases are"
        + " the forms of forms.csv filled with the country's short names, its own demonym adjectives and capitals"
        + " (see countries.csv); country is the profile's id; source the profile.");
    para(h, "hos, hog: Government/Executive branch/chief of state and head of government: the first person named."
        + " The Factbook writes surnames in capitals (President Vladimir Vladimirovich PUTIN); the name ends with"
        + " the last word in capitals and the name words after it, and starts after the title words (ordinary words"
        + " that start an entry, stand before a surname in at least " + KnowledgeGenerator.TITLE_WORD_PROFILES
        + " profiles, or are written in lower case in the profile's executive branch), abbreviations (Gen.), words"
        + " of country names, and other ordinary words (General) unless one stands right between a title and the"
        + " surname (Prime Minister Mark CARNEY). name is the full name; the surname alone is never an alias. An"
        + " office holder \"represented by\" someone, or named with another country's name (\"President of\""
        + " another country), belongs to another country and gets no row there; a person several profiles name keeps the"
        + " row of the profile that is no dependency; no hog row when the chief of state is the same person. as_of: " + asOf + ", the latest \"since\" date of any executive branch entry: the data"
        + " is at least that recent.");
    para(h, "mil: the forms, and the Military and Security/Military and security forces list: each force it names"
        + " (groups split at \";\", \"Head: item, item\", ministry and office headings skipped), with the acronyms and"
        + " other names in its parentheses. Left out: names another profile lists too (Army, Navy, Ground Forces),"
        + " names and acronyms of a country (USA),"
        + " names made only of ordinary words (Security Forces), and a force whose name or acronym names an armed"
        + " group that fights in the same country in the conflict file's latest year (the state lists a force"
        + " that fights it): its names go to"
        + " that group. No mil row when the entry says \"no ...\" (no regular military forces).");
    para(h, "police: the forms, and the forces with Police in a name.");
    para(h, "ucdp.<ActorId>, armed_group: the rows of the UCDP actor list with Org 1, formally organised armed groups"
        + " (Org 4, governments, are the countries of conflicts.csv; Org 2 and 3, supporters and identity groups,"
        + " are left out). name: NameData. aliases and acronyms: NameData, NameOrig, NameOrigFull, NameOrigFullEng,"
        + " NewName, NewNameFullMotherTongue and NewNameFullEng, split at \" / \" (scripts), at \" or \" between two"
        + " names, and a renamed group's comma-separated new names when they line up with NewName's; country: the"
        + " first Location that is a Factbook country. Also the non-state actors only the conflict file names (id"
        + " from side_a_id/side_b_id, the name as the file gives it, country the conflict's first location, source"
        + " the first record naming it).");
    para(h, "Terrorism/Terrorist group(s) of the Factbook: a group whose name or acronym names a UCDP group active in"
        + " the listing country, or (repeatedly) that only one UCDP group has, adds its names to that group (the"
        + " profile is added to source); two acronyms match only when written alike (JeM is not JEM); one that a"
        + " profile's military list also names (a state's own force) is left out; the others are fb.<name> rows, armed_group, country the"
        + " listing profile when only one lists it.");
    para(h, "generator/aliases.csv: names the sources do not give a row, as the editors found them used (Taliban for"
        + " UCDP's Taleban), each with a public page that gives it: added to the row of its id (an armed group's"
        + " before the Factbook's groups are matched, so Boko Haram joins UCDP's Jama'atu Ahlis Sunna Lidda'awati"
        + " wal-Jihad), the page added to source.");
    para(h, EXCLUSION);
    return h;
  }

  List<String> conflicts(List<String> notes) {
    List<String> h = start("conflicts.csv: the state-based armed conflicts of the UCDP/PRIO Armed Conflict Dataset"
        + " with a record in " + Conflicts.FIRST_YEAR + " or later (records run to " + lastYear + "), one row per"
        + " conflict, with who is a party on which side.", ConflictReader.FILE, UcdpActorReader.FILE,
        KnowledgeGenerator.FACTBOOK_FILES);
    h.add("Columns:");
    para(h, "id: ucdp.conflict.<conflict_id> (apart from the actors' ucdp.<ActorId>: UCDP numbers both from 1)."
        + " name: \"location: territory_name\" of the latest record (the incompatibility when it names no territory).");
    para(h, "location: the location names of the records from " + Conflicts.FIRST_YEAR + " as country ids (see"
        + " countries.csv).");
    para(h, "side_a, side_b: every party of the records from " + Conflicts.FIRST_YEAR + ": \"Government of X\" is X's"
        + " country id, standing for that state (its government, head of state, army, ministries, police and state"
        + " media inherit the side); another actor is ucdp.<id> from side_a_id/side_b_id (rows in actors.csv).");
    para(h, "supporters_a, supporters_b: side_a_2nd and side_b_2nd, secondary supporters, the same way; they are"
        + " parties too, as supporters.");
    para(h, "first_year, last_year: over all the conflict's records. incompatibility: the latest record's, 1"
        + " territory, 2 government, 3 both. source: the latest record's line.");
    for (String note : notes) {
      para(h, "Note: " + note);
    }
    return h;
  }

  List<String> organisations() {
    List<String> h = start("international-organisations.csv: the international organisations and groups of the"
        + " Factbook's Appendix B, one row per entry that is an organisation.", AppendixBReader.FILE);
    h.add("Columns:");
    para(h, "The entries are the appendix-entry-name divs. An entry is a term, not an organisation, and is left out"
        + " when its name is in lower case (developing countries) or its text calls it a term or starts with"
        + " \"the\" (Third World, Four Dragons).");
    para(h, "name: the heading without its parentheses (\"African Union\" of \"African Union (AU)\"); aliases: the name"
        + " and the other names in the heading (\"or European Communities\", \"(Mercosur)\"); acronyms: the heading's"
        + " acronyms (AU, G-7 and G7).");
    para(h, "id: io.<first acronym> when no other entry has that acronym, else io.<name>, as lower-case slugs.");
    para(h, "letter: " + policy.body("io").letter() + " for every international organisation (generator/forms.csv,"
        + " body io). source: the line of the entry's name.");
    para(h, EXCLUSION);
    return h;
  }

  List<String> outlets() {
    List<String> h = start("outlets-rsp.csv: outlets and their reliability ratings from English Wikipedia's"
        + " \"Wikipedia:Reliable sources/Perennial sources\" list. Derived from CC BY-SA text: this file is shared"
        + " under CC BY-SA 3.0 (the licence the perennial-sources copy states), attribution in NOTICE.md.",
        PerennialSourcesReader.PERENNIAL, PerennialSourcesReader.RANKING);
    para(h, "Rating and letter policy (generator/ratings.csv). An outlet's rating is the most cautious of its"
        + " reliability_ranking.csv rows (the later copy of the list, one row per domain, itself the most cautious"
        + " of the entries sharing that domain), else the most cautious of its perennial-sources.csv entries:");
    for (GeneratorPolicy.Rating r : policy.ratings()) {
      h.add("  " + r.label() + (r.code().isEmpty() ? "" : " (" + r.code() + ")") + ": " + r.rating() + ", "
          + r.letter());
    }
    h.add("Columns:");
    para(h, "One row per outlet: entries of the two files are one outlet when their names without parentheses are"
        + " the same or they share a domain. A domain perennial-sources.csv lists for entries of different names"
        + " (wikidata.org, youtube.com) is nobody's own and is left out there; reliability_ranking.csv's domains"
        + " (one row per domain) are kept. An entry with no status of ratings.csv is left out. A heading that lists"
        + " several entries (\"X (general topics); X (...)\") is split at \";\".");
    para(h, "name: the first entry's name without parentheses. patterns: the entries' names and the names in their"
        + " parentheses (not notes in lower case, not years), then their domains (host names without www.).");
    para(h, "state_affiliated: true when an entry's summary (perennial-sources.csv info) uses a phrase of"
        + " generator/state-affiliation.txt: " + String.join(", ", policy.stateAffiliation()) + "; else false.");
    para(h, "source: every entry's line. acronyms (a column added to the contract): acronyms among the names (AP,"
        + " NYT), matched case-sensitively.");
    para(h, EXCLUSION);
    return h;
  }

  /** NOTICE.md: one section per source, with its repository, commit, path there and licence. */
  String notice() {
    StringBuilder out = new StringBuilder();
    out.append("# rules/knowledge: where the generated knowledge comes from\n\n");
    out.append("`countries.csv`, `actors.csv`, `conflicts.csv`, `international-organisations.csv` and"
        + " `outlets-rsp.csv` are generated by `" + KnowledgeGenerator.COMMAND + "` from the public data below (not"
        + " shipped with claimscore) and the hand-kept policy in `generator/`. Each generated row names its origin in"
        + " its `source` cell.\n\n");
    out.append("`outlets-rsp.csv` is derived from English Wikipedia's \"Wikipedia:Reliable sources/Perennial"
        + " sources\" (https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources), whose text is"
        + " licensed CC BY-SA; the copy used states CC BY-SA 3.0. `outlets-rsp.csv` is therefore shared under CC BY-SA"
        + " 3.0 (https://creativecommons.org/licenses/by-sa/3.0/), kept in a file of its own, and credits the"
        + " Wikipedia editors of that page.\n\n");
    out.append("UCDP data: please cite the UCDP Actor Dataset (Davies, Pettersson & Öberg 2022; codebook Pettersson"
        + " 2022) and the UCDP/PRIO Armed Conflict Dataset (Gleditsch et al. 2002; Davies et al. 2025), as their"
        + " codebooks ask.\n\n");
    out.append("| source | repository | commit | path there | licence, as stated |\n|---|---|---|---|---|\n");
    for (String path : List.of(KnowledgeGenerator.FACTBOOK_FILES, UcdpActorReader.FILE, ConflictReader.FILE,
        AppendixBReader.FILE, PerennialSourcesReader.PERENNIAL, PerennialSourcesReader.RANKING)) {
      SourceNotice.Entry e = entry(path);
      out.append("| `").append(e.path()).append("` | ").append(e.repository()).append(" | ").append(e.commit())
          .append(" | `").append(e.sourcePath()).append("` | ").append(e.licence().replace("|", "/")).append(" |\n");
    }
    return out.toString();
  }

  private List<String> start(String what, String... sources) {
    List<String> h = new ArrayList<>();
    para(h, what);
    para(h, "GENERATED by " + KnowledgeGenerator.COMMAND + " (DIR: the sources below, with their NOTICE.md) from"
        + " those sources and the policy in generator/. Do not edit: put additions and corrections in rules/lexicon/"
        + " or a knowledge overlay; regenerate for new source data (see rules/README.md).");
    h.add("Sources (attributions in NOTICE.md):");
    for (String path : sources) {
      SourceNotice.Entry e = entry(path);
      para(h, "  " + e.path() + ": github.com/" + e.repository() + " at commit " + e.commit() + ", " + e.sourcePath()
          + "; licence: " + e.licence());
    }
    para(h, "  generator/: forms.csv, ratings.csv, not-names.txt, state-affiliation.txt, aliases.csv, countries.csv"
        + " (hand-kept, in this folder; each row of the last two cites a public page)");
    return h;
  }

  private SourceNotice.Entry entry(String path) {
    return notice.entryFor(path.equals(KnowledgeGenerator.FACTBOOK_FILES) ? factbookSample : path);
  }

  /** Adds {@code text} wrapped to the header width, continuation lines indented by two more spaces. */
  static void para(List<String> header, String text) {
    String indent = text.substring(0, text.length() - text.stripLeading().length());
    String rest = text.stripLeading();
    String prefix = indent;
    while (prefix.length() + rest.length() > WIDTH) {
      int cut = rest.lastIndexOf(' ', WIDTH - prefix.length());
      if (cut <= 0) {
        cut = rest.indexOf(' ');
        if (cut < 0) {
          break;
        }
      }
      header.add(prefix + rest.substring(0, cut));
      rest = rest.substring(cut + 1);
      prefix = indent + "  ";
    }
    header.add(prefix + rest);
  }
}
