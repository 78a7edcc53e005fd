package org.claimscore.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates the knowledge files ({@code countries.csv}, {@code actors.csv}, {@code conflicts.csv},
 * {@code international-organisations.csv}, {@code outlets-rsp.csv}, {@code NOTICE.md}) from the
 * public sources listed in the sources folder's NOTICE.md and the policy in the knowledge folder's
 * {@code generator/}. The same inputs give the same bytes: rows are sorted and nothing but the
 * sources' own dates is written.
 */
public final class KnowledgeGenerator {

  public static final String COUNTRIES = "countries.csv";
  public static final String ACTORS = "actors.csv";
  public static final String CONFLICTS = "conflicts.csv";
  public static final String ORGANISATIONS = "international-organisations.csv";
  public static final String OUTLETS = "outlets-rsp.csv";
  public static final String NOTICE = "NOTICE.md";
  /** Every file the generator writes, and the only ones. */
  public static final List<String> FILES = List.of(COUNTRIES, ACTORS, CONFLICTS, ORGANISATIONS, OUTLETS, NOTICE);

  static final String COMMAND = "./claimscore generate-knowledge --from DIR";
  static final String FACTBOOK_FILES = "factbook/<region>/<gec>.json";
  /** A title word stands before a name in at least this many profiles' executive branches. */
  static final int TITLE_WORD_PROFILES = 3;

  /**
   * The coverage targets, checked at the end of a run.
   *
   * @param what what is counted
   * @param minimum the least wanted
   * @param count how many there are
   */
  public record Coverage(String what, int minimum, long count) {
    public Coverage {
      if (what.isBlank() || minimum < 0 || count < 0) {
        throw new IllegalArgumentException("not a coverage count: " + what + " " + minimum + " " + count);
      }
    }

    public boolean met() {
      return count >= minimum;
    }
  }

  /**
   * A generation's output.
   *
   * @param files the generated files, in {@link #FILES} order
   * @param counts one line per file: what it holds
   * @param coverage the coverage targets and the counts against them
   * @param notes things a maintainer should know: repaired records, guessed pairings, entries left out
   */
  public record Result(List<KnowledgeFile> files, List<String> counts, List<Coverage> coverage, List<String> notes) {
    public Result {
      files = List.copyOf(files);
      counts = List.copyOf(counts);
      coverage = List.copyOf(coverage);
      notes = List.copyOf(notes);
    }
  }

  private KnowledgeGenerator() {}

  /**
   * Reads the sources and the policy and builds every file in memory; nothing is written.
   *
   * @param from the sources folder (NOTICE.md, factbook/, ucdp/, wp-rsp/, factbook-appendix-b/)
   * @param fromShown how problems name it
   * @param knowledge the knowledge folder whose {@code generator/} holds the policy
   * @param knowledgeShown how problems name it
   */
  public static Result generate(Path from, String fromShown, Path knowledge, String knowledgeShown)
      throws KnowledgeSourceException {
    GeneratorPolicy policy = GeneratorPolicy.read(knowledge, knowledgeShown);
    Problems problems = new Problems();
    SourceFile noticeFile = SourceFile.read(from, fromShown, SourceNotice.FILE, problems);
    SourceNotice notice = noticeFile == null ? new SourceNotice(List.of()) : SourceNotice.read(noticeFile, problems);
    FactbookReader.Factbook factbook = FactbookReader.read(from, fromShown, problems);
    SourceFile actorFile = SourceFile.read(from, fromShown, UcdpActorReader.FILE, problems);
    SourceFile conflictFile = SourceFile.read(from, fromShown, ConflictReader.FILE, problems);
    SourceFile appendixFile = SourceFile.read(from, fromShown, AppendixBReader.FILE, problems);
    SourceFile perennialFile = SourceFile.read(from, fromShown, PerennialSourcesReader.PERENNIAL, problems);
    SourceFile rankingFile = SourceFile.read(from, fromShown, PerennialSourcesReader.RANKING, problems);
    problems.throwIfAny();
    List<String> sourcePaths = List.of(FACTBOOK_FILES, UcdpActorReader.FILE, ConflictReader.FILE, AppendixBReader.FILE,
        PerennialSourcesReader.PERENNIAL, PerennialSourcesReader.RANKING);
    for (String path : sourcePaths) {
      String sample = path.equals(FACTBOOK_FILES) && !factbook.files().isEmpty() ? factbook.files().get(0) : path;
      if (notice.entryFor(sample) == null) {
        problems.add(noticeFile.shown(), 1, "no provenance row for " + path + ": its repository, commit and licence"
            + " are needed for the generated files' headers");
      }
    }
    List<UcdpActorReader.Actor> actors = UcdpActorReader.read(actorFile, problems);
    ConflictReader.Read conflictYears = ConflictReader.read(conflictFile, problems);
    List<AppendixBReader.Entry> appendix = AppendixBReader.read(appendixFile, problems);
    List<PerennialSourcesReader.Entry> rsp = new ArrayList<>(PerennialSourcesReader.readPerennial(perennialFile,
        problems));
    int perennialEntries = rsp.size();
    rsp.addAll(PerennialSourcesReader.readRanking(rankingFile, problems));
    problems.throwIfAny();

    Set<String> ordinary = new HashSet<>(factbook.lowerCaseWords());
    appendix.forEach(e -> NameRules.lowerCaseWords(e.text(), ordinary));
    rsp.forEach(e -> NameRules.lowerCaseWords(e.summary(), ordinary));
    NameRules rules = new NameRules(ordinary, policy.notNames());
    Map<String, String> editorSources = new HashMap<>();
    List<FactbookProfile> profiles = Countries.withQualifiedDemonyms(withCountryFills(factbook.profiles(),
        policy.countryFills(), knowledgeShown + "/" + GeneratorPolicy.COUNTRIES, editorSources, problems));
    problems.throwIfAny();
    CountryResolver resolver = new CountryResolver(profiles);
    Map<String, String> ucdpNames = new LinkedHashMap<>();
    for (UcdpActorReader.Actor a : actors) {
      if (a.org() == UcdpActorReader.GOVERNMENT && a.name().startsWith(Conflicts.GOVERNMENT_OF)) {
        ucdpNames.putIfAbsent(a.name().substring(Conflicts.GOVERNMENT_OF.length()), actorFile.path() + ":" + a.line());
      }
      a.locations().forEach(l -> ucdpNames.putIfAbsent(l, actorFile.path() + ":" + a.line()));
    }
    Conflicts.countryNames(conflictYears.years(), conflictFile.path()).forEach(ucdpNames::putIfAbsent);
    Countries countries = Countries.build(profiles, resolver, ucdpNames, rules, editorSources);
    Conflicts conflicts = Conflicts.build(conflictYears.years(), actors, resolver, conflictFile, problems);
    problems.throwIfAny();

    List<UcdpActorReader.Actor> organised = actors.stream().filter(a -> a.org() == UcdpActorReader.ORGANISED_GROUP)
        .toList();
    ArmedGroups armed = new ArmedGroups(organised, conflicts.newActors(), resolver, actorFile.path());
    List<GeneratorPolicy.EditorsAlias> pendingAliases = armed.addEditorsNames(policy.aliases());
    Map<String, List<ForceNames.Force>> forces = new TreeMap<>();
    Set<String> stateForces = new HashSet<>();
    Map<String, Set<String>> forceOwners = new HashMap<>();
    for (FactbookProfile p : profiles) {
      List<ForceNames.Force> own = new ArrayList<>();
      for (ForceNames.Force f : ForceNames.read(p.forces())) {
        if (!armed.linkForce(f.allNames(), p.id(), p.path(), conflicts.fighting())) {
          own.add(f);
          for (String n : f.allNames()) {
            stateForces.add(CountryResolver.key(n));
            forceOwners.computeIfAbsent(n.toLowerCase(java.util.Locale.ROOT), k -> new TreeSet<>()).add(p.id());
          }
        }
      }
      forces.put(p.id(), own);
    }
    armed.addTerroristGroups(profiles, stateForces);
    pendingAliases = armed.addEditorsNames(pendingAliases);

    Set<String> titleWords = titleWords(profiles, rules);
    Set<String> countryNames = new HashSet<>();
    for (FactbookProfile p : profiles) {
      countryNames.add(lower(p.name()));
      p.otherNames().forEach(n -> countryNames.add(lower(n)));
      p.demonyms().forEach(n -> countryNames.add(lower(n)));
    }
    String asOf = "";
    for (FactbookProfile p : profiles) {
      for (String entry : List.of(p.chiefOfState(), p.headOfGovernment())) {
        String since = Officeholder.latestSince(entry);
        asOf = since.compareTo(asOf) > 0 ? since : asOf;
      }
    }
    Map<String, Officeholder> chiefs = new HashMap<>();
    Map<String, Officeholder> heads = new HashMap<>();
    Set<String> governed = new HashSet<>();
    for (FactbookProfile p : profiles) {
      Officeholder.Words known = new Officeholder.Words(
          w -> titleWords.contains(lower(w)) || p.officeWords().contains(lower(w)), w -> titleWords.contains(lower(w)),
          rules::ordinaryWord, phrase -> countryNames.contains(lower(phrase)));
      Officeholder chief = Officeholder.read(p.chiefOfState(), known);
      Officeholder head = Officeholder.read(p.headOfGovernment(), known);
      if (chief != null || head != null) {
        governed.add(p.id());
      }
      if (chief != null && !chief.represented() && !foreign(chief, p, profiles)) {
        chiefs.put(p.id(), chief);
      }
      if (head != null && !head.represented() && !foreign(head, p, profiles)
          && (chief == null || !head.name().equals(chief.name()))) {
        heads.put(p.id(), head);
      }
    }
    dropSharedHolders(chiefs, profiles);
    dropSharedHolders(heads, profiles);

    List<ActorRow> actorRows = new ArrayList<>();
    for (Countries.Country c : countries.all()) {
      FactbookProfile p = c.profile();
      if (!governed.contains(c.id())) {
        continue;
      }
      actorRows.addAll(StateBodies.rows(c, policy, rules, chiefs.get(c.id()), heads.get(c.id()), asOf,
          forces(forces.get(c.id()), forceOwners, rules, countries.reserved(), ForceNames.noMilitary(p.forces()))));
    }
    actorRows.addAll(armed.rows(rules, policy, countries.reserved()));
    actorRows = withEditorsAliases(actorRows, pendingAliases, knowledgeShown + "/" + GeneratorPolicy.ALIASES,
        problems);
    problems.throwIfAny();
    actorRows = withoutSharedAliases(actorRows);
    actorRows.sort(Comparator.comparing(ActorRow::id));

    Set<String> partyIds = new HashSet<>();
    countries.all().forEach(c -> partyIds.add(c.id()));
    actorRows.forEach(r -> partyIds.add(r.id()));
    for (List<String> row : conflicts.rows()) {
      for (int col = 2; col <= 6; col++) {
        for (String id : row.get(col).split("\\|")) {
          if (!id.isEmpty() && !partyIds.contains(id)) {
            problems.add(conflictFile.shown(), Integer.parseInt(row.get(10).substring(row.get(10).lastIndexOf(':') + 1)),
                "conflict " + row.get(0) + " names " + id + ", which is neither a country nor an actor row");
          }
        }
      }
    }
    problems.throwIfAny();

    List<List<String>> organisationRows = Organisations.rows(appendix, appendixFile.path(), policy.body("io"), rules,
        countries.reserved());
    Outlets.Built outlets = Outlets.build(rsp, policy, rules, countries.reserved());

    List<String> conflictNotes = new ArrayList<>(conflictYears.repairs());
    conflicts.newActors().stream().filter(Conflicts.NewActor::pairedByPosition).forEach(a -> conflictNotes.add(
        a.source() + ": actor " + a.id() + " named '" + a.name() + "' by its place in the record (the file lists"
        + " new actors' names and ids in different orders)"));
    Headers headers = new Headers(notice, policy, asOf, conflicts.lastYear(), factbook.files().get(0));
    List<KnowledgeFile> files = List.of(
        KnowledgeFile.csv(COUNTRIES, headers.countries(), List.of("id", "name", "aliases", "demonyms", "capital",
            "source", "acronyms"), countries.rows()),
        KnowledgeFile.csv(ACTORS, headers.actors(), ActorRow.COLUMNS, actorRows.stream().map(ActorRow::cells).toList()),
        KnowledgeFile.csv(CONFLICTS, headers.conflicts(conflictNotes), Conflicts.COLUMNS, conflicts.rows()),
        KnowledgeFile.csv(ORGANISATIONS, headers.organisations(), Organisations.COLUMNS, organisationRows),
        KnowledgeFile.csv(OUTLETS, headers.outlets(), Outlets.COLUMNS, outlets.rows()),
        KnowledgeFile.markdown(NOTICE, headers.notice()));

    List<String> notes = new ArrayList<>(conflictNotes);
    outlets.unrated().forEach(u -> notes.add(u + ": no rating in " + GeneratorPolicy.RATINGS + ", left out"));
    return new Result(files, counts(countries, actorRows, conflicts, organisationRows, outlets, appendix,
        perennialEntries, rsp.size() - perennialEntries), coverage(countries, actorRows, conflicts, organisationRows,
        outlets), notes);
  }

  /**
   * The profiles with the editors' demonyms and capitals added (a row for a profile that already has
   * demonyms or capitals of its own adds only what it lacks); a row naming no profile is a problem.
   *
   * @param sources filled in: by country id, the page its row cites
   */
  static List<FactbookProfile> withCountryFills(List<FactbookProfile> profiles, List<GeneratorPolicy.CountryFill> fills,
      String shown, Map<String, String> sources, Problems problems) {
    Map<String, GeneratorPolicy.CountryFill> byId = new HashMap<>();
    Set<String> known = new HashSet<>();
    profiles.forEach(p -> known.add(p.id()));
    for (GeneratorPolicy.CountryFill f : fills) {
      if (!known.contains(f.id())) {
        problems.add(shown, f.line(), "no Factbook profile has the country id '" + f.id() + "'");
      } else {
        byId.put(f.id(), f);
      }
    }
    List<FactbookProfile> out = new ArrayList<>();
    for (FactbookProfile p : profiles) {
      GeneratorPolicy.CountryFill f = byId.get(p.id());
      if (f == null) {
        out.add(p);
        continue;
      }
      List<String> demonyms = p.demonyms().isEmpty() ? f.demonyms() : List.of();
      List<String> capitals = p.capitals().isEmpty() ? f.capitals() : List.of();
      if (demonyms.isEmpty() && capitals.isEmpty()) {
        problems.add(shown, f.line(), p.path() + " gives " + p.id() + " demonyms and a capital already: the row adds"
            + " nothing");
        continue;
      }
      sources.put(p.id(), f.source());
      out.add(p.with(demonyms, List.of(), capitals));
    }
    return out;
  }

  /**
   * The rows with the editors' names added to the row of each alias's id, and its page to the row's
   * sources; an alias whose id no row has is a problem.
   */
  static List<ActorRow> withEditorsAliases(List<ActorRow> rows, List<GeneratorPolicy.EditorsAlias> aliases,
      String shown, Problems problems) {
    Map<String, List<GeneratorPolicy.EditorsAlias>> byId = new HashMap<>();
    Set<String> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.id()));
    for (GeneratorPolicy.EditorsAlias a : aliases) {
      if (!ids.contains(a.id())) {
        problems.add(shown, a.line(), "no generated row has the id '" + a.id() + "'");
      } else {
        byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
      }
    }
    List<ActorRow> out = new ArrayList<>();
    for (ActorRow r : rows) {
      List<GeneratorPolicy.EditorsAlias> more = byId.get(r.id());
      if (more == null) {
        out.add(r);
        continue;
      }
      List<String> names = new ArrayList<>(r.aliases());
      List<String> acronyms = new ArrayList<>(r.acronyms());
      Set<String> sources = new java.util.LinkedHashSet<>(r.sources());
      for (GeneratorPolicy.EditorsAlias a : more) {
        List<String> into = NameShapes.acronym(a.alias()) ? acronyms : names;
        if (into.stream().noneMatch(n -> n.equalsIgnoreCase(a.alias()))) {
          into.add(a.alias());
        }
        sources.add(a.source());
      }
      out.add(new ActorRow(r.id(), r.name(), names, acronyms, r.kind(), r.country(), r.letter(), r.asOf(),
          List.copyOf(sources)));
    }
    return out;
  }

  /** Writes each file to a new temporary file in {@code dir}, then moves it over the old one; other files are left alone. */
  public static void write(Path dir, List<KnowledgeFile> files) throws IOException {
    Files.createDirectories(dir);
    for (KnowledgeFile f : files) {
      Path target = dir.resolve(f.name());
      Path temporary = dir.resolve("." + f.name() + "." + java.util.UUID.randomUUID() + ".writing");
      try {
        Files.writeString(temporary, f.render(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * The rows with an alias two of them share given to one: a state body keeps it over an armed
   * group (a historical faction named like today's army), and a country's generated body keeps it
   * over its military's or police's force names (a ministry the force list names as a force).
   */
  static List<ActorRow> withoutSharedAliases(List<ActorRow> rows) {
    Map<String, List<ActorRow>> byAlias = new HashMap<>();
    for (ActorRow r : rows) {
      r.aliases().forEach(a -> byAlias.computeIfAbsent(lower(a), k -> new ArrayList<>()).add(r));
    }
    Map<ActorRow, Set<String>> drop = new HashMap<>();
    byAlias.forEach((alias, holders) -> {
      if (holders.size() < 2) {
        return;
      }
      boolean state = holders.stream().anyMatch(r -> !r.kind().equals("armed_group"));
      for (ActorRow r : holders) {
        boolean force = r.kind().equals("military") || r.kind().equals("police");
        boolean generatedBodyHasIt = holders.stream().anyMatch(o -> o.country().equals(r.country())
            && !o.kind().equals("military") && !o.kind().equals("police") && !o.kind().equals("armed_group"));
        if (state && r.kind().equals("armed_group") || force && generatedBodyHasIt) {
          drop.computeIfAbsent(r, k -> new HashSet<>()).add(alias);
        }
      }
    });
    List<ActorRow> out = new ArrayList<>();
    for (ActorRow r : rows) {
      Set<String> gone = drop.getOrDefault(r, Set.of());
      out.add(gone.isEmpty() ? r : new ActorRow(r.id(), r.name(), r.aliases().stream().filter(a -> !gone.contains(
          lower(a))).toList(), r.acronyms(), r.kind(), r.country(), r.letter(), r.asOf(), r.sources()));
    }
    return out;
  }

  /**
   * Title words: ordinary words (the sources' prose writes them in lower case) that start some
   * profile's executive branch entry or stand before a surname in at least a few profiles.
   */
  static Set<String> titleWords(List<FactbookProfile> profiles, NameRules rules) {
    Map<String, Set<String>> profilesByWord = new HashMap<>();
    Set<String> first = new HashSet<>();
    for (FactbookProfile p : profiles) {
      for (String entry : List.of(p.chiefOfState(), p.headOfGovernment())) {
        List<String> words = Officeholder.words(entry);
        if (!words.isEmpty()) {
          first.add(lower(words.get(0)));
        }
        int surname = Officeholder.surnameStart(words);
        for (int i = 0; i < surname; i++) {
          if (!NameShapes.nameWord(words.get(i))) {
            continue;
          }
          profilesByWord.computeIfAbsent(lower(words.get(i)), k -> new HashSet<>()).add(p.id());
        }
      }
    }
    Set<String> title = new TreeSet<>();
    profilesByWord.forEach((w, ps) -> {
      if (rules.ordinaryWord(w) && (ps.size() >= TITLE_WORD_PROFILES || first.contains(w))) {
        title.add(w);
      }
    });
    return title;
  }

  /** True when the entry names another country around the name ("President of [another country] X"). */
  private static boolean foreign(Officeholder holder, FactbookProfile own, List<FactbookProfile> profiles) {
    String context = " " + holder.context() + " ";
    List<String> ownNames = new ArrayList<>(own.otherNames());
    ownNames.add(own.name());
    for (String n : ownNames) {
      context = context.replace(" " + n + " ", " ");
    }
    for (FactbookProfile p : profiles) {
      if (p != own && context.contains(" " + p.name() + " ")) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  /** One person named by several profiles keeps their row only where the profile is not a dependency. */
  private static void dropSharedHolders(Map<String, Officeholder> holders, List<FactbookProfile> profiles) {
    Map<String, List<String>> byName = new HashMap<>();
    holders.forEach((id, h) -> byName.computeIfAbsent(h.name(), k -> new ArrayList<>()).add(id));
    Set<String> dependencies = new HashSet<>();
    profiles.stream().filter(FactbookProfile::dependency).forEach(p -> dependencies.add(p.id()));
    for (List<String> ids : byName.values()) {
      if (ids.size() > 1 && ids.stream().anyMatch(id -> !dependencies.contains(id))) {
        ids.stream().filter(dependencies::contains).forEach(holders::remove);
      }
    }
  }

  /**
   * A country's force names for its military and police rows: names no other profile lists, that
   * are no country's name or abbreviation (USA), and that are not all ordinary words ("Ground
   * Forces", "Security Forces" describe, not name).
   */
  private static StateBodies.Forces forces(List<ForceNames.Force> own, Map<String, Set<String>> owners,
      NameRules rules, Set<String> countryNames, boolean noMilitary) {
    List<String> military = new ArrayList<>();
    List<String> militaryAcronyms = new ArrayList<>();
    List<String> police = new ArrayList<>();
    List<String> policeAcronyms = new ArrayList<>();
    for (ForceNames.Force f : own == null ? List.<ForceNames.Force>of() : own) {
      for (String n : f.allNames()) {
        if (owners.get(lower(n)).size() > 1 || countryNames.contains(lower(n))) {
          continue;
        }
        boolean acronym = NameShapes.acronym(n);
        if (!acronym && rules.generic(n)) {
          continue;
        }
        (f.police() ? acronym ? policeAcronyms : police : acronym ? militaryAcronyms : military).add(n);
      }
    }
    return new StateBodies.Forces(military, militaryAcronyms, police, policeAcronyms, noMilitary);
  }

  private static List<String> counts(Countries countries, List<ActorRow> actors, Conflicts conflicts,
      List<List<String>> organisations, Outlets.Built outlets, List<AppendixBReader.Entry> appendix, int perennial,
      int ranking) {
    Map<String, Integer> byKind = new TreeMap<>();
    actors.forEach(a -> byKind.merge(a.kind(), 1, Integer::sum));
    long named = countries.all().stream().filter(c -> !c.profile().demonyms().isEmpty()
        && !c.profile().capitals().isEmpty()).count();
    long withSupporters = conflicts.rows().stream().filter(r -> !r.get(5).isEmpty() || !r.get(6).isEmpty()).count();
    return List.of(
        COUNTRIES + ": " + countries.all().size() + " countries and territories, " + named
            + " with demonyms and a capital",
        ACTORS + ": " + actors.size() + " rows: " + byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .reduce((a, b) -> a + ", " + b).orElse("none"),
        CONFLICTS + ": " + conflicts.rows().size() + " conflicts active since " + Conflicts.FIRST_YEAR + ", "
            + withSupporters + " with secondary supporters",
        ORGANISATIONS + ": " + organisations.size() + " organisations (" + Organisations.terms(appendix)
            + " entries of Appendix B are terms and left out)",
        OUTLETS + ": " + outlets.rows().size() + " outlets from " + perennial + " + " + ranking + " entries ("
            + outlets.unrated().size() + " without a rating left out)");
  }

  private static List<Coverage> coverage(Countries countries, List<ActorRow> actors, Conflicts conflicts,
      List<List<String>> organisations, Outlets.Built outlets) {
    long named = countries.all().stream().filter(c -> !c.profile().demonyms().isEmpty()
        && !c.profile().capitals().isEmpty()).count();
    long groups = actors.stream().filter(a -> a.kind().equals("armed_group")
        && (!a.aliases().isEmpty() || !a.acronyms().isEmpty())).count();
    long sided = conflicts.rows().stream().filter(r -> !r.get(3).isEmpty() && !r.get(4).isEmpty()).count();
    return List.of(
        new Coverage("countries and territories", 240, countries.all().size()),
        new Coverage("countries and territories with demonyms and a capital", 240, named),
        new Coverage("armed non-state groups with an alias or acronym", 1000, groups),
        new Coverage("conflicts active since " + Conflicts.FIRST_YEAR + " with both sides", 124, sided),
        new Coverage("outlets", 300, outlets.rows().size()),
        new Coverage("international organisations", 150, organisations.size()));
  }
}
