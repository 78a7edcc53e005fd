package org.claimscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;
import org.claimscore.ingest.Article;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.scoring.ArticleStanding;
import org.claimscore.scoring.Firing;
import org.claimscore.scoring.ScoredClaim;

/**
 * {@code report.html}: one self-contained page (no network, no external files) with each article's
 * text, its claims highlighted by credibility, each claim's reasons one click away, a table of
 * sources and the grade distribution per outlet. All article text is escaped: it is untrusted.
 */
final class HtmlReport {

  private static final String[] DIGIT_LABELS = {"", "1 confirmed", "2 probably true", "3 possibly true",
      "4 doubtful", "5 improbable", "6 cannot be judged"};

  /** Batches with more articles than this get a page that points to the CSV reports instead. */
  static final int PAGE_ARTICLE_LIMIT = 1000;

  private HtmlReport() {}

  static String render(ScoredBatch batch, RunInfo run) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>claimscore report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>claimscore report</h1><p>")
        .append(batch.articles().size()).append(" articles, ").append(batch.claims().size()).append(" claims, ")
        .append(batch.rejected().size()).append(" rejected inputs. Rules ")
        .append(esc(run.rulesDir())).append(" (sha256 ").append(esc(shortHash(run.rulesHash())))
        .append("), claimscore ").append(esc(run.version())).append(".</p>")
        .append("<p class=\"legend\">Credibility: ");
    for (int d = 1; d <= 6; d++) {
      h.append("<span class=\"g").append(d).append("\">").append(DIGIT_LABELS[d]).append("</span> ");
    }
    h.append("</p></header>\n<main>\n");
    sources(h, batch);
    chart(h, batch);
    articles(h, batch);
    h.append("</main>\n<aside id=\"detail\" aria-live=\"polite\"><p class=\"hint\">Click a highlighted claim to ")
        .append("see its score, evidence and the rules that fired.</p></aside>\n");
    details(h, batch);
    h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The page for a batch too large to show whole: where to find the reports instead. */
  static String tooLarge(RunInfo run) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>claimscore report</title>\n"
        + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<header><h1>claimscore report</h1></header>\n<main>\n"
        + "<p>This batch has more than " + PAGE_ARTICLE_LIMIT + " articles, too many to show on one page. "
        + "Every claim, firing and source is in the CSV reports beside this file; <code>claimscore explain</code> "
        + "shows one claim in full. Rules " + esc(run.rulesDir()) + " (sha256 " + esc(shortHash(run.rulesHash()))
        + "), claimscore " + esc(run.version()) + ".</p>\n</main>\n</body>\n</html>\n";
  }

  private static void sources(StringBuilder h, ScoredBatch batch) {
    Map<String, List<Integer>> conf = new TreeMap<>();
    batch.claims().forEach(c -> conf.computeIfAbsent(c.claim().articleId(), k -> new ArrayList<>())
        .add(c.score().confidence()));
    h.append("<section><h2>Sources</h2>\n<table id=\"sources\"><thead><tr><th>article</th><th>outlet</th>")
        .append("<th>title</th><th>claims</th><th>mean confidence</th><th>origin family</th>")
        .append("<th>derived from</th><th>similarity</th><th>cues</th><th>reliability</th><th>standing</th></tr></thead><tbody>\n");
    for (Article a : batch.articles()) {
      ArticleOrigin o = batch.origins().get(a.id());
      List<Integer> scores = conf.getOrDefault(a.id(), List.of());
      h.append("<tr><td><a href=\"#article-").append(esc(a.id())).append("\">").append(esc(a.id()))
          .append("</a></td><td>").append(esc(a.outlet())).append("</td><td>").append(esc(a.title()))
          .append("</td><td>").append(scores.size()).append("</td><td>")
          .append(scores.isEmpty() ? "" : Cells.decimal(scores.stream().mapToInt(i -> i).average().orElse(0), 1))
          .append("</td><td>").append(esc(o.family())).append("</td><td>").append(esc(o.derivedFrom()))
          .append("</td><td>").append(o.derived() ? Cells.decimal(o.similarity(), 3) : "").append("</td><td>")
          .append(esc(String.join(", ", o.cues()))).append("</td><td>")
          .append(esc(batch.sourceLetters().getOrDefault(a.id(), "F"))).append("</td><td>");
      ArticleStanding standing = batch.standings().get(a.id());
      if (standing != null) {
        h.append("<span title=\"").append(esc(standing.reasons())).append("\">").append(standing.standing())
            .append("</span>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void chart(StringBuilder h, ScoredBatch batch) {
    Map<String, String> outletOf = new TreeMap<>();
    batch.articles().forEach(a -> outletOf.put(a.id(), a.outlet().equals(Article.UNKNOWN_OUTLET)
        ? "unknown outlet (" + a.id() + ")" : a.outlet()));
    Map<String, int[]> perOutlet = new TreeMap<>();
    for (ScoredClaim c : batch.claims()) {
      int digit = c.score().grade().charAt(1) - '0';
      perOutlet.computeIfAbsent(outletOf.get(c.claim().articleId()), k -> new int[7])[digit]++;
    }
    h.append("<section><h2>Credibility of claims per outlet</h2>\n<div id=\"chart\">\n");
    for (Map.Entry<String, int[]> e : perOutlet.entrySet()) {
      int total = 0;
      for (int d = 1; d <= 6; d++) {
        total += e.getValue()[d];
      }
      h.append("<div class=\"row\"><span class=\"label\">").append(esc(e.getKey())).append(" (").append(total)
          .append(")</span><span class=\"bar\">");
      for (int d = 1; d <= 6; d++) {
        int n = e.getValue()[d];
        if (n > 0) {
          h.append("<span class=\"g").append(d).append("\" style=\"flex-grow:").append(n).append("\" title=\"")
              .append(n).append(" graded ").append(DIGIT_LABELS[d]).append("\">").append(n).append("</span>");
        }
      }
      h.append("</span></div>\n");
    }
    h.append("</div></section>\n");
  }

  private static void articles(StringBuilder h, ScoredBatch batch) {
    Map<String, List<ScoredClaim>> byArticle = new LinkedHashMap<>();
    batch.claims().forEach(c -> byArticle.computeIfAbsent(c.claim().articleId(), k -> new ArrayList<>()).add(c));
    h.append("<section><h2>Articles</h2>\n");
    for (Article a : batch.articles()) {
      h.append("<article id=\"article-").append(esc(a.id())).append("\"><h3>").append(esc(a.id())).append(" &middot; ")
          .append(esc(a.outlet())).append("</h3>\n<div class=\"text\">");
      List<ScoredClaim> claims = new ArrayList<>(byArticle.getOrDefault(a.id(), List.of()));
      claims.sort(Comparator.comparing(c -> c.claim().span()));
      String text = a.text();
      int at = 0;
      for (ScoredClaim c : claims) {
        Claim claim = c.claim();
        if (claim.span().start() < at || claim.span().end() > text.length()) {
          continue;
        }
        h.append(esc(text.substring(at, claim.span().start())));
        h.append("<mark class=\"g").append(c.score().grade().charAt(1)).append("\" tabindex=\"0\" data-claim=\"")
            .append(esc(claim.id())).append("\" title=\"").append(esc(claim.id() + ": " + c.score().grade() + ", "
                + c.score().confidence())).append("\">").append(esc(claim.span().of(text))).append("</mark>");
        at = claim.span().end();
      }
      h.append(esc(text.substring(at))).append("</div></article>\n");
    }
    h.append("</section>\n");
  }

  private static void details(StringBuilder h, ScoredBatch batch) {
    h.append("<div hidden>\n");
    for (ScoredClaim c : batch.claims()) {
      Claim claim = c.claim();
      h.append("<template id=\"claim-").append(esc(claim.id())).append("\"><h2>").append(esc(claim.id()))
          .append("</h2><p class=\"verdict\"><span class=\"grade g").append(c.score().grade().charAt(1)).append("\">")
          .append(esc(c.score().grade())).append("</span> confidence ").append(c.score().confidence())
          .append(" &middot; ").append(esc(claim.type().label())).append("</p><blockquote>")
          .append(esc(claim.text())).append("</blockquote><dl>");
      dt(h, "speaker", claim.attribution().attributed()
          ? claim.attribution().speaker() + " (" + claim.attribution().kind().label()
              + (claim.attribution().partyToConflict() ? ", party: " + claim.attribution().side() : "") + ")"
          : "none (stated as fact)");
      dt(h, "verb", claim.attribution().verb());
      dt(h, "attributed by", claim.attribution().attributedBy());
      dt(h, "hedges", String.join(", ", claim.hedges()));
      dt(h, "figures", String.join(", ", claim.numbers().stream().map(Quantity::display).toList()));
      dt(h, "supported by", String.join(", ", c.evidence().supportingArticles()));
      dt(h, "independent", c.evidence().independentOrigins() + " origin(s), " + c.evidence().independentSources()
          + " primary source(s)");
      dt(h, "contradicted by", String.join(", ", c.evidence().contradictingArticles()));
      dt(h, "flags", String.join(", ", c.score().flags()));
      h.append("</dl><table class=\"reasons\"><thead><tr><th>points</th><th>rule and reason</th></tr></thead><tbody>");
      for (Firing f : c.score().firings()) {
        h.append("<tr><td class=\"points\">").append(ReportWriter.signedPoints(f.points())).append("</td><td><b>")
            .append(esc(f.rule())).append("</b> <small>").append(esc(f.ruleFile())).append("</small><br>")
            .append(esc(f.reason())).append("</td></tr>");
      }
      h.append("</tbody></table></template>\n");
    }
    h.append("</div>\n");
  }

  private static void dt(StringBuilder h, String term, String value) {
    if (value != null && !value.isEmpty()) {
      h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String CSS = """
      body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
      header{padding:12px 24px;background:#24292f;color:#fff}header h1{margin:0;font-size:20px}
      header p{margin:4px 0}.legend span{padding:1px 6px;border-radius:3px;color:#111;margin-right:4px}
      main{margin-right:380px;padding:8px 24px}h2{font-size:17px;margin:20px 0 8px}
      table{border-collapse:collapse;font-size:13px;background:#fff}#sources{display:block;overflow-x:auto;max-width:100%}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
      article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 16px;margin-bottom:16px}
      article h3{margin:4px 0 8px;font-size:14px;color:#555}.text{white-space:pre-wrap}
      mark{cursor:pointer;border-radius:3px;padding:0 1px;color:inherit}mark:focus,mark.selected{outline:2px solid #0969da}
      .g1{background:#7ee2a8}.g2{background:#b4eec0}.g3{background:#fff1a8}.g4{background:#ffd199}.g5{background:#ffb3b3}.g6{background:#d8d8e8}
      #chart .row{display:flex;align-items:center;margin:3px 0}#chart .label{width:320px;font-size:13px}
      #chart .bar{display:flex;flex:1;max-width:600px}#chart .bar span{text-align:center;font-size:12px;min-width:18px}
      aside{position:fixed;top:0;right:0;width:356px;height:100vh;overflow:auto;background:#fff;border-left:1px solid #ccc;padding:12px;box-sizing:border-box}
      aside blockquote{margin:8px 0;padding-left:8px;border-left:3px solid #ccc}aside dt{font-weight:600;font-size:12px;color:#555}
      aside dd{margin:0 0 6px}aside table{width:100%}aside small{color:#666}.points{text-align:right;white-space:nowrap;font-weight:600}.grade{padding:1px 6px;border-radius:3px;font-weight:700}.hint{color:#666}
      """;

  private static final String SCRIPT = """
      (function () {
        var panel = document.getElementById('detail');
        function show(mark) {
          var t = document.getElementById('claim-' + mark.getAttribute('data-claim'));
          if (!t) { return; }
          panel.replaceChildren(t.content.cloneNode(true));
          document.querySelectorAll('mark.selected').forEach(function (m) { m.classList.remove('selected'); });
          mark.classList.add('selected');
        }
        document.querySelectorAll('mark[data-claim]').forEach(function (m) {
          m.addEventListener('click', function () { show(m); });
          m.addEventListener('keydown', function (e) { if (e.key === 'Enter') { show(m); } });
        });
      })();
      """;
}
