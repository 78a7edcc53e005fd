package org.claimscore.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscore.language.Language;
import org.claimscore.setup.CsvProblem;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/**
 * What the tool knows about the world and about words: the generated knowledge under {@code
 * rules/knowledge/} (countries, their bodies, armed groups, conflicts, international
 * organisations, outlets), the editors' lists under {@code rules/lexicon/} (actors, organisations,
 * crowd words, generic bodies, event vocabulary, places, outlets, hedges, verbs, editorialising
 * words), and any overlay folders given for one batch. Immutable once loaded.
 *
 * <p>Precedence: knowledge, then lexicon, then each overlay in the order given. A row whose id
 * (for places and outlets, whose name) a later folder also has is replaced by the later row; new
 * ids add. Within one file an id may appear once. A folder's {@code aliases.csv} adds names to a
 * row loaded before it (of an earlier folder or of its own actor files) and replaces nothing.
 *
 * @param actors known speakers and bodies, in load order
 * @param places places with spelling variants
 * @param outlets news outlets an article may name itself by
 * @param hedges hedging words and phrases, lower case
 * @param verbs reporting verbs (any inflection listed) to their strength: confirming, neutral, distancing
 * @param editorialising loaded words and phrases that mark an article as opinionated, lower case
 * @param countries countries and territories
 * @param conflicts armed conflicts with their sides
 * @param generics generic phrases for state bodies ("the ministry")
 * @param eventWords lower-case words of the event vocabulary to their topic: conflict, disaster, crime, election
 * @param nameContext words around a name to what they say of it ({@code language/en/name-context.csv}:
 *     before_place, before_verb, before_source); empty for a lexicon folder loaded alone
 * @param warnings problems that do not stop a run ({@code FILE:LINE: warning: ...})
 */
public record Lexicon(
    List<Actor> actors,
    List<Place> places,
    List<Outlet> outlets,
    List<String> hedges,
    Map<String, String> verbs,
    List<String> editorialising,
    List<Country> countries,
    List<Conflict> conflicts,
    List<GenericBody> generics,
    Map<String, String> eventWords,
    Map<String, String> nameContext,
    List<String> warnings) {

  public static final String ACTORS = "actors.csv";
  public static final String ORGANISATIONS = "organisations.csv";
  public static final String ALIASES = "aliases.csv";
  public static final String PLACES = "places.csv";
  public static final String OUTLETS = "outlets.csv";
  public static final String HEDGES = "hedges.txt";
  public static final String VERBS = "verbs.csv";
  public static final String EDITORIALISING = "editorialising.txt";
  public static final String CROWD = "crowd.txt";
  public static final String GENERIC_BODIES = "generic-bodies.csv";
  public static final String COUNTRY_FORMS = "country-forms.csv";
  public static final String EVENT_WORDS = "event-words.csv";
  public static final String COUNTRIES = "countries.csv";
  public static final String CONFLICTS = "conflicts.csv";
  public static final String INTERNATIONAL_ORGANISATIONS = "international-organisations.csv";
  public static final String OUTLETS_RSP = "outlets-rsp.csv";

  /** The generated files of {@code rules/knowledge/}; each must be there and hold rows. */
  public static final List<String> KNOWLEDGE_FILES =
      List.of(COUNTRIES, ACTORS, CONFLICTS, INTERNATIONAL_ORGANISATIONS, OUTLETS_RSP);

  /** The topics of the event vocabulary. */
  public static final List<String> TOPICS = List.of("conflict", "disaster", "crime", "election");

  private static final Set<String> STRENGTHS = Set.of("confirming", "neutral", "distancing");
  private static final List<String> ACTOR_COLUMNS =
      List.of("id", "name", "aliases", "acronyms", "kind", "country", "letter");

  public Lexicon {
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    outlets = List.copyOf(outlets);
    hedges = List.copyOf(hedges);
    verbs = Map.copyOf(verbs);
    editorialising = List.copyOf(editorialising);
    countries = List.copyOf(countries);
    conflicts = List.copyOf(conflicts);
    generics = List.copyOf(generics);
    eventWords = Map.copyOf(eventWords);
    nameContext = Map.copyOf(nameContext);
    warnings = List.copyOf(warnings);
  }

  /** A lexicon of word lists only: no countries, conflicts, generic bodies or event vocabulary. */
  public Lexicon(List<Actor> actors, List<Place> places, List<Outlet> outlets, List<String> hedges,
      Map<String, String> verbs, List<String> editorialising) {
    this(actors, places, outlets, hedges, verbs, editorialising, List.of(), List.of(), List.of(), Map.of(), Map.of(),
        List.of());
  }

  /** A lexicon without an editorialising word list. */
  public Lexicon(
      List<Actor> actors, List<Place> places, List<Outlet> outlets, List<String> hedges, Map<String, String> verbs) {
    this(actors, places, outlets, hedges, verbs, List.of());
  }

  /** An empty lexicon: nothing known. */
  public static Lexicon empty() {
    return new Lexicon(List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /** A folder of knowledge files and the name messages give it ("rules/lexicon", "batch/knowledge"). */
  public record Folder(Path dir, String display) {}

  /**
   * Loads one folder of lexicon files alone (no generated knowledge required); a missing file
   * counts as empty. All problems in all files are collected before failing, each as {@code
   * FILE:LINE: message} with FILE as {@code displayDir/name}.
   */
  public static Lexicon load(Path dir, String displayDir) throws SetupException {
    return load(List.of(new Folder(dir, displayDir)), null);
  }

  /**
   * Loads a rules folder's knowledge: {@code rulesDir/knowledge} (every file of {@link
   * #KNOWLEDGE_FILES} required), then {@code rulesDir/lexicon}, then each overlay, later rows
   * overriding earlier ones by id; and the words around a name of {@code rulesDir/language/en}
   * ({@link Language#NAME_CONTEXT}), which say how a name is read.
   */
  public static Lexicon loadRules(Path rulesDir, String display, List<Folder> overlays)
      throws SetupException {
    List<Folder> folders = new ArrayList<>();
    Folder knowledge = new Folder(rulesDir.resolve("knowledge"), display + "/knowledge");
    folders.add(knowledge);
    folders.add(new Folder(rulesDir.resolve("lexicon"), display + "/lexicon"));
    folders.addAll(overlays);
    List<Diagnostic> problems = new ArrayList<>();
    Lexicon lexicon = null;
    try {
      lexicon = load(folders, knowledge);
    } catch (SetupException e) {
      problems.addAll(e.diagnostics());
    }
    Map<String, String> nameContext = Map.of();
    try {
      nameContext = Language.load(rulesDir, display).table(Language.NAME_CONTEXT);
    } catch (SetupException e) {
      problems.addAll(e.diagnostics());
    }
    if (!problems.isEmpty()) {
      throw new SetupException(problems);
    }
    return new Lexicon(lexicon.actors(), lexicon.places(), lexicon.outlets(), lexicon.hedges(), lexicon.verbs(),
        lexicon.editorialising(), lexicon.countries(), lexicon.conflicts(), lexicon.generics(), lexicon.eventWords(),
        nameContext, lexicon.warnings());
  }

  private static Lexicon load(List<Folder> folders, Folder required) throws SetupException {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Conflict> conflicts = new LinkedHashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    Map<String, Outlet> outlets = new LinkedHashMap<>();
    Map<String, GenericBody> generics = new LinkedHashMap<>();
    Map<String, String> eventWords = new LinkedHashMap<>();
    Map<String, String> verbs = new LinkedHashMap<>();
    List<String> hedges = new ArrayList<>();
    List<String> editorialising = new ArrayList<>();
    List<String[]> countryForms = new ArrayList<>();
    Set<String> generated = new HashSet<>();
    for (Folder folder : folders) {
      Reader r = new Reader(folder.dir(), folder.display(), problems);
      boolean mustHave = folder.equals(required);
      if (mustHave) {
        for (String file : KNOWLEDGE_FILES) {
          r.requireRows(file);
        }
      }
      putAll(countries, r.csv(COUNTRIES, List.of("id", "name", "aliases", "demonyms", "capital"), rec ->
          new Country(r.id(COUNTRIES, rec), rec.get("name"), split(rec.get("aliases")), split(rec.get("demonyms")),
              split(rec.get("capital")), r.origin(COUNTRIES, rec))), Country::id, Country::origin, problems);
      List<Actor> read = new ArrayList<>();
      read.addAll(r.csv(ACTORS, ACTOR_COLUMNS, rec -> actor(r, ACTORS, rec, rec.get("kind"))));
      read.addAll(r.csv(ORGANISATIONS, ACTOR_COLUMNS, rec -> actor(r, ORGANISATIONS, rec, rec.get("kind"))));
      read.addAll(r.csv(INTERNATIONAL_ORGANISATIONS, List.of("id", "name", "aliases", "acronyms", "letter"),
          rec -> actor(r, INTERNATIONAL_ORGANISATIONS, rec, "international_org")));
      List<String[]> rsp = r.csv(OUTLETS_RSP, List.of("name", "patterns", "letter", "rating", "state_affiliated"),
          rec -> {
            String letter = r.letter(OUTLETS_RSP, rec, rec.get("letter"));
            return letter == null ? null : new String[] {rec.get("name"), rec.get("patterns"), letter,
                rec.get("state_affiliated"), r.origin(OUTLETS_RSP, rec)};
          });
      Set<String> outletIds = new HashSet<>();
      for (String[] o : rsp) {
        List<String> patterns = split(o[1]);
        outlets.put(o[0], new Outlet(o[0], patterns, o[2]));
        Actor outlet = outletActor(o[0], patterns, o[2], "true".equalsIgnoreCase(o[3].trim()), o[4]);
        if (outletIds.add(outlet.id())) {
          read.add(outlet);
        }
      }
      for (String crowd : r.lines(CROWD)) {
        read.add(new Actor("crowd." + slug(crowd), crowd, List.of(), List.of(), "crowd", "", "", "", folder.display()
            + "/" + CROWD));
      }
      Set<String> seen = new HashSet<>();
      for (Actor a : read) {
        if (!seen.add(a.id())) {
          problems.add(at(a.origin(), "duplicate id '" + a.id() + "' (ids must be unique within one folder)"));
          continue;
        }
        actors.put(a.id(), a);
        if (mustHave) {
          generated.add(a.id());
        } else {
          generated.remove(a.id());
        }
      }
      for (String[] more : r.csv(ALIASES, List.of("id", "aliases", "acronyms"), rec -> new String[] {r.id(ALIASES, rec),
          rec.get("aliases"), rec.get("acronyms"), r.origin(ALIASES, rec)})) {
        Actor named = actors.get(more[0]);
        if (named == null) {
          problems.add(at(more[3], "no row has the id '" + more[0] + "': " + ALIASES + " adds names to a row of an"
              + " earlier folder or of this folder's actor files"));
          continue;
        }
        List<String> acronyms = new ArrayList<>(named.acronyms());
        for (String acronym : split(more[2])) {
          if (acronym.length() > 8 || acronym.contains(" ")) {
            problems.add(at(more[3], "acronym '" + acronym + "' must be one word of at most 8 characters, matched"
                + " with its case (KCNA, BelTA, dpa); put longer names in aliases"));
          } else if (!acronyms.contains(acronym)) {
            acronyms.add(acronym);
          }
        }
        List<String> aliases = new ArrayList<>(named.aliases());
        split(more[1]).stream().filter(a -> aliases.stream().noneMatch(a::equalsIgnoreCase)).forEach(aliases::add);
        if (aliases.size() == named.aliases().size() && acronyms.size() == named.acronyms().size()) {
          problems.add(at(more[3], "adds no name to " + more[0] + ": it has each already, or the row gives none"));
          continue;
        }
        actors.put(named.id(), new Actor(named.id(), named.name(), aliases, acronyms, named.kind(), named.country(),
            named.letter(), named.speaksFor(), named.origin()));
      }
      putAll(conflicts, r.csv(CONFLICTS, List.of("id", "name", "location", "side_a", "side_b", "supporters_a",
          "supporters_b", "first_year", "last_year"), rec -> conflict(r, rec)), Conflict::id, Conflict::origin, problems);
      for (Place p : r.csv(PLACES, List.of("name", "variants", "region", "country"), rec -> new Place(rec.get("name"),
          split(rec.get("variants")), rec.get("region"), rec.get("country").toLowerCase(Locale.ROOT)))) {
        places.put(p.name(), p);
      }
      for (Outlet o : r.csv(OUTLETS, List.of("name", "patterns", "reliability"), rec -> {
        String letter = r.letter(OUTLETS, rec, rec.get("reliability"));
        return letter == null || letter.isEmpty() ? r.problem(OUTLETS, rec, "reliability must be a letter A-F, got ''")
            : new Outlet(rec.get("name"), split(rec.get("patterns")), letter);
      })) {
        outlets.put(o.name(), o);
      }
      putAll(generics, r.csv(GENERIC_BODIES, List.of("phrase", "kind", "body"), rec -> {
        String kind = rec.get("kind").toLowerCase(Locale.ROOT);
        if (!Kinds.STATE.contains(kind) || kind.equals("anonymous")) {
          return r.problem(GENERIC_BODIES, rec, "a generic body's kind must be one of government, military, police,"
              + " ministry, agency, got '" + kind + "'");
        }
        return new GenericBody(rec.get("phrase").toLowerCase(Locale.ROOT), kind, rec.get("body"),
            r.origin(GENERIC_BODIES, rec));
      }), GenericBody::phrase, GenericBody::origin, problems);
      countryForms.addAll(r.csv(COUNTRY_FORMS, List.of("form", "kind", "id"), rec -> {
        String kind = rec.get("kind").toLowerCase(Locale.ROOT);
        if (!Kinds.ALL.contains(kind)) {
          return r.problem(COUNTRY_FORMS, rec, "unknown kind '" + kind + "', expected one of " + Kinds.ALL);
        }
        if (!rec.get("form").contains("{demonym}") || !rec.get("id").contains("{country}")) {
          return r.problem(COUNTRY_FORMS, rec, "form must hold {demonym} and id {country}");
        }
        return new String[] {rec.get("form"), kind, rec.get("id"), r.origin(COUNTRY_FORMS, rec)};
      }));
      for (String[] w : r.csv(EVENT_WORDS, List.of("word", "topic"), rec -> {
        String topic = rec.get("topic").toLowerCase(Locale.ROOT);
        if (!TOPICS.contains(topic)) {
          return r.problem(EVENT_WORDS, rec, "unknown topic '" + topic + "', expected one of " + TOPICS);
        }
        return new String[] {rec.get("word").toLowerCase(Locale.ROOT), topic};
      })) {
        eventWords.put(w[0], w[1]);
      }
      for (String[] v : r.csv(VERBS, List.of("verb", "strength"), rec -> {
        String strength = rec.get("strength").toLowerCase(Locale.ROOT);
        if (!STRENGTHS.contains(strength)) {
          return r.problem(VERBS, rec, "unknown strength '" + strength + "', expected one of " + sorted(STRENGTHS));
        }
        return new String[] {rec.get("verb").toLowerCase(Locale.ROOT), strength};
      })) {
        verbs.put(v[0], v[1]);
      }
      hedges.addAll(r.lines(HEDGES));
      editorialising.addAll(r.lines(EDITORIALISING));
    }
    Map<String, List<String[]>> formsById = new LinkedHashMap<>();
    countryForms.forEach(f -> formsById.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f));
    for (Country c : countries.values()) {
      for (Map.Entry<String, List<String[]>> e : formsById.entrySet()) {
        String id = e.getKey().replace("{country}", c.id());
        List<String> aliases = new ArrayList<>();
        for (String[] form : e.getValue()) {
          c.demonyms().forEach(d -> aliases.add(form[0].replace("{demonym}", d)));
        }
        if (!aliases.isEmpty() && !actors.containsKey(id)) {
          String[] first = e.getValue().get(0);
          actors.put(id, new Actor(id, aliases.get(0), aliases, List.of(), first[1], c.id(), "", "", first[3]));
        }
      }
    }
    if (required != null) {
      validate(countries, actors, conflicts, places, generated, problems, warnings);
    }
    if (!problems.isEmpty()) {
      throw new SetupException(problems);
    }
    return new Lexicon(List.copyOf(actors.values()), List.copyOf(places.values()), List.copyOf(outlets.values()),
        hedges.stream().distinct().toList(), verbs, editorialising.stream().distinct().toList(),
        List.copyOf(countries.values()), List.copyOf(conflicts.values()), List.copyOf(generics.values()), eventWords,
        Map.of(), warnings);
  }

  /** Adds rows by key; a key twice in the same file is a problem, a key of an earlier folder is replaced. */
  private static <T> void putAll(Map<String, T> into, List<T> rows, Function<T, String> key,
      Function<T, String> origin, List<Diagnostic> problems) {
    Map<String, String> seen = new HashMap<>();
    for (T row : rows) {
      String k = key.apply(row);
      String first = seen.putIfAbsent(k, origin.apply(row));
      if (first != null) {
        problems.add(at(origin.apply(row), "duplicate id '" + k + "' (first at " + first
            + "; ids must be unique within one file)"));
        continue;
      }
      into.put(k, row);
    }
  }

  private static Actor actor(Reader r, String file, CSVRecord rec, String rawKind) {
    String kind = rawKind.trim().toLowerCase(Locale.ROOT);
    if (!Kinds.ALL.contains(kind)) {
      return r.problem(file, rec, "unknown kind '" + kind + "', expected one of " + Kinds.ALL);
    }
    String letter = r.letter(file, rec, rec.get("letter"));
    if (letter == null) {
      return null;
    }
    String country = rec.isMapped("country") ? rec.get("country").toLowerCase(Locale.ROOT) : "";
    List<String> aliases = new ArrayList<>(split(rec.get("aliases")));
    List<String> acronyms = split(rec.get("acronyms"));
    for (String acronym : acronyms) {
      if (acronym.length() > 8 || acronym.contains(" ")) {
        return r.problem(file, rec, "acronym '" + acronym + "' must be one word of at most 8 characters,"
            + " matched with its case (KCNA, BelTA, dpa); put longer names in aliases");
      }
    }
    String speaksFor = rec.isMapped("speaks_for") ? rec.get("speaks_for").toLowerCase(Locale.ROOT) : "";
    return new Actor(r.id(file, rec), rec.get("name"), aliases, acronyms, kind, country, letter, speaksFor,
        r.origin(file, rec));
  }

  /**
   * An outlet of the perennial-sources table as a speaker: names of two or more words are aliases;
   * a one-word name ("Reuters", "Time") is matched as an acronym is, with its case, and where the
   * text also writes it in lower case only where the context supports it, so that common words do
   * not become outlets. Domains are not speakers.
   */
  private static Actor outletActor(String name, List<String> patterns, String letter, boolean state, String origin) {
    List<String> aliases = new ArrayList<>();
    List<String> exact = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    forms.add(name);
    forms.addAll(patterns);
    for (String form : forms) {
      if (form.contains(".") && !form.contains(" ") || form.contains("/")) {
        continue;
      }
      String bare = form.startsWith("The ") ? form.substring(4) : form;
      if (bare.contains(" ")) {
        aliases.add(form);
      } else if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) {
        exact.add(bare);
      }
    }
    return new Actor("outlet." + slug(name), name, aliases.stream().distinct().toList(),
        exact.stream().distinct().toList(), state ? "state_media" : "outlet", "", letter, "", origin);
  }

  private static Conflict conflict(Reader r, CSVRecord rec) {
    int first;
    int last;
    try {
      first = Integer.parseInt(rec.get("first_year"));
      last = Integer.parseInt(rec.get("last_year"));
    } catch (NumberFormatException e) {
      return r.problem(CONFLICTS, rec, "first_year and last_year must be years, got '" + rec.get("first_year")
          + "' and '" + rec.get("last_year") + "'");
    }
    if (last < first) {
      return r.problem(CONFLICTS, rec, "last_year " + last + " is before first_year " + first);
    }
    return new Conflict(r.id(CONFLICTS, rec), rec.get("name"), lower(split(rec.get("location"))),
        lower(split(rec.get("side_a"))), lower(split(rec.get("side_b"))), lower(split(rec.get("supporters_a"))),
        lower(split(rec.get("supporters_b"))), first, last, r.origin(CONFLICTS, rec));
  }

  /** Checks references between files once every folder is read: countries and parties must exist. */
  private static void validate(Map<String, Country> countries, Map<String, Actor> actors,
      Map<String, Conflict> conflicts, Map<String, Place> places, Set<String> generated, List<Diagnostic> problems,
      List<String> warnings) {
    for (Actor a : actors.values()) {
      if (!a.country().isEmpty() && !countries.containsKey(a.country())) {
        problems.add(at(a.origin(), "unknown country id '" + a.country() + "'" + nearestHint(a.country(), countries)));
      }
      if (!a.speaksFor().isEmpty() && !countries.containsKey(a.speaksFor()) && !actors.containsKey(a.speaksFor())) {
        problems.add(at(a.origin(), "unknown party id '" + a.speaksFor() + "' in speaks_for: neither a country id"
            + " nor an actor id"));
      }
    }
    for (Place p : places.values()) {
      if (!p.country().isEmpty() && !countries.containsKey(p.country())) {
        problems.add(new Diagnostic("places.csv of " + p.name(), 0, "unknown country id '" + p.country() + "'"));
      }
    }
    for (Conflict c : conflicts.values()) {
      for (String place : c.locations()) {
        if (!countries.containsKey(place)) {
          problems.add(at(c.origin(), "unknown country id '" + place + "' in location"));
        }
      }
      for (String party : c.parties()) {
        if (!countries.containsKey(party) && !actors.containsKey(party)) {
          problems.add(at(c.origin(), "unknown party id '" + party + "': neither a country id nor an actor id"));
        }
      }
    }
    Map<String, Actor> byAlias = new HashMap<>();
    for (Actor a : actors.values()) {
      for (String name : names(a)) {
        Actor other = byAlias.putIfAbsent(name.toLowerCase(Locale.ROOT), a);
        if (other != null && other != a && !other.kind().equals(a.kind())
            && !generated.contains(other.id())) {
          warnings.add(a.origin() + ": warning: '" + name + "' also names " + other.id() + " (" + other.kind()
              + ", " + other.origin() + "); this row, loaded later, wins");
        }
      }
    }
  }

  /** The name and aliases of an actor: every form matched without context. */
  public static List<String> names(Actor a) {
    List<String> out = new ArrayList<>();
    out.add(a.name());
    out.addAll(a.aliases());
    return out;
  }

  private static String nearestHint(String id, Map<String, Country> countries) {
    for (Country c : countries.values()) {
      if (c.name().equalsIgnoreCase(id) || c.aliases().stream().anyMatch(x -> x.equalsIgnoreCase(id.replace('_', ' ')))) {
        return " (did you mean '" + c.id() + "'?)";
      }
    }
    return "";
  }

  private static List<String> lower(List<String> ids) {
    return ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static List<String> split(String pipeSeparated) {
    return Arrays.stream(pipeSeparated.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Lower-case ASCII letters and digits, other runs as one underscore: "Al Jazeera" is al_jazeera. */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return s.replaceAll("^_+|_+$", "");
  }

  /** Reads one lexicon file at a time, collecting problems instead of stopping at the first. */
  private static final class Reader {
    private final Path dir;
    private final String displayDir;
    private final List<Diagnostic> problems;
    private String current = "";
    private int[] lineStarts = new int[0];

    Reader(Path dir, String displayDir, List<Diagnostic> problems) {
      this.dir = dir;
      this.displayDir = displayDir;
      this.problems = problems;
    }

    <T> T problem(String file, CSVRecord rec, String message) {
      problems.add(new Diagnostic(displayDir + "/" + file, lineOf(rec), message));
      return null;
    }

    String origin(String file, CSVRecord rec) {
      return displayDir + "/" + file + ":" + lineOf(rec);
    }

    /** The row's id, lower case. */
    String id(String file, CSVRecord rec) {
      return rec.get("id").toLowerCase(Locale.ROOT);
    }

    /** An Admiralty letter A-F, "" for none, or null after a problem. */
    String letter(String file, CSVRecord rec, String raw) {
      String letter = raw.trim().toUpperCase(Locale.ROOT);
      if (!letter.isEmpty() && !letter.matches("[A-F]")) {
        return problem(file, rec, "letter must be A-F, got '" + raw.trim() + "'");
      }
      return letter;
    }

    /** The line a record starts on as an editor counts it: comments and blank lines included. */
    private int lineOf(CSVRecord rec) {
      int at = (int) Math.min(rec.getCharacterPosition(), current.length());
      int index = Arrays.binarySearch(lineStarts, at);
      int line = index >= 0 ? index + 1 : -index - 1;
      while (at < current.length()) {
        int eol = current.indexOf('\n', at);
        String text = current.substring(at, eol < 0 ? current.length() : eol).strip();
        if (eol < 0 || !text.isEmpty() && !text.startsWith("#")) {
          break;
        }
        at = eol + 1;
        line++;
      }
      return line;
    }

    /** A generated knowledge file must exist and hold at least one row. */
    void requireRows(String file) {
      String text = read(file);
      if (text == null) {
        if (Files.notExists(dir.resolve(file))) {
          problems.add(new Diagnostic(displayDir + "/" + file, 0, "missing: the shipped knowledge files are required"
              + " (regenerate them with ./claimscore generate-knowledge)"));
        }
        return;
      }
      long rows = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
      if (rows < 2) {
        problems.add(new Diagnostic(displayDir + "/" + file, 1, "empty: a shipped knowledge file must hold rows"
            + " (regenerate it with ./claimscore generate-knowledge)"));
      }
    }

    /**
     * The rows of a CSV file, or none when it is missing. Its header must start with {@code
     * columns}; further columns may follow.
     */
    <T> List<T> csv(String file, List<String> columns, Function<CSVRecord, T> row) {
      String text = read(file);
      if (text == null) {
        return List.of();
      }
      current = text;
      lineStarts = lineStarts(text);
      List<T> out = new ArrayList<>();
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
              .setIgnoreEmptyLines(true).setTrim(true).build();
      try (CSVParser parser = CSVParser.parse(text, format)) {
        List<String> header = parser.getHeaderNames();
        if (header.size() < columns.size() || !header.subList(0, columns.size()).equals(columns)) {
          problems.add(new Diagnostic(displayDir + "/" + file, 1, "header must be " + String.join(",", columns)
              + (header.size() > columns.size() ? " (then any columns)" : "") + ", got " + String.join(",", header)));
          return List.of();
        }
        for (CSVRecord rec : parser) {
          if (!rec.isConsistent()) {
            problem(file, rec, "expected " + header.size() + " fields, got " + rec.size());
            continue;
          }
          if (rec.get(0).isBlank()) {
            problem(file, rec, "the first field, " + columns.get(0) + ", is empty");
            continue;
          }
          T value = row.apply(rec);
          if (value != null) {
            out.add(value);
          }
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
        problems.add(CsvProblem.of(displayDir + "/" + file, e));
      }
      return out;
    }

    private static int[] lineStarts(String text) {
      int[] starts = new int[16];
      int n = 0;
      starts[n++] = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
      return Arrays.copyOf(starts, n);
    }

    List<String> lines(String file) {
      String text = read(file);
      if (text == null) {
        return List.of();
      }
      return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    private String read(String file) {
      try {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        return null;
      } catch (java.nio.charset.MalformedInputException e) {
        problems.add(new Diagnostic(displayDir + "/" + file, 1, "not valid UTF-8"));
        return null;
      } catch (IOException e) {
        problems.add(Diagnostic.cannotRead(displayDir + "/" + file, e));
        return null;
      }
    }

  }

  /**
   * A problem at a row's origin, which this loader wrote as {@code FILE:LINE} when it read the row
   * (the records keep it so {@code who} can say where a name comes from).
   */
  private static Diagnostic at(String origin, String message) {
    int colon = origin.lastIndexOf(':');
    if (colon > 0) {
      try {
        return new Diagnostic(origin.substring(0, colon), Integer.parseInt(origin.substring(colon + 1)), message);
      } catch (NumberFormatException e) {
        return new Diagnostic(origin, 0, message);
      }
    }
    return new Diagnostic(origin.isEmpty() ? "?" : origin, 0, message);
  }
}
