package org.claimscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimscore.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} of the fixture, plus a hostile article, in headless Chromium driven over
 * the DevTools protocol: claims are highlighted, a click shows the claim's reasons, and an article's
 * {@code <script>} does not run. Saves {@code target/report-screenshot.png}.
 */
class ReportBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void theReportHighlightsClaimsShowsReasonsAndRunsNoArticleScript() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "skipped: no " + CHROMIUM + " (install Debian's chromium package to run the browser test)");
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    try (var fixture = Files.list(Path.of("fixtures/kursk-raid-2024"))) {
      for (Path p : fixture.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, articles.resolve(p.getFileName().toString()));
      }
    }
    Files.writeString(articles.resolve("zz-hostile.txt"), "Hostile page\n\nThe ministry said 12 drones were "
        + "downed overnight. <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> It said so twice.\n");
    Path report = tmp.resolve("report");
    assertEquals(0, Main.run("score", articles.toString(), "--out", report.toString(), "--quiet"));
    ReportFolder folder = new ReportFolder(report);
    int claims = folder.rows(ReportWriter.CLAIMS).size();
    List<Map<String, String>> firings = folder.rows(ReportWriter.FIRINGS);

    Process browser = startBrowser(tmp.resolve("profile"));
    try (Devtools page = Devtools.connect(pageSocket(tmp.resolve("profile")))) {
      page.call("Emulation.setDeviceMetricsOverride",
          Map.of("width", 1400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
      page.call("Page.navigate", Map.of("url", report.resolve("report.html").toUri().toString()));
      waitFor(page, "document.readyState === 'complete' && document.querySelector('#detail') !== null");

      assertEquals(claims, page.eval("document.querySelectorAll('mark[data-claim]').length").asInt());
      assertEquals("undefined", page.eval("typeof window.pwned").asText());
      assertTrue(page.eval("document.body.innerText.includes('<script>window.pwned=1</script>')").asBoolean(),
          "the hostile article's text is shown as text");

      String id = page.eval("document.querySelector('mark[data-claim]').getAttribute('data-claim')").asText();
      JsonNode box = page.eval("(function () { var m = document.querySelector('mark[data-claim]');"
          + " m.scrollIntoView({block: 'center'}); var r = m.getClientRects()[0];"
          + " return {x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2}; })()");
      for (String type : List.of("mousePressed", "mouseReleased")) {
        page.call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(),
            "y", box.get("y").asDouble(), "button", "left", "clickCount", 1));
      }
      waitFor(page, "document.querySelector('#detail h2') !== null");
      String detail = page.eval("document.querySelector('#detail').innerText").asText();
      assertTrue(detail.contains(id), detail);
      List<String> reasons = firings.stream().filter(f -> f.get("claim_id").equals(id)).map(f -> f.get("reason"))
          .toList();
      assertTrue(!reasons.isEmpty(), "the first claim has firings");
      for (String reason : reasons) {
        assertTrue(detail.contains(reason), "panel shows: " + reason + "\n" + detail);
      }
      String png = page.call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "report-screenshot.png"), Base64.getDecoder().decode(png));
    } finally {
      browser.descendants().forEach(ProcessHandle::destroyForcibly);
      browser.destroyForcibly();
      browser.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Process startBrowser(Path profile) throws IOException {
    Files.createDirectories(profile);
    return new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
  }

  /** The DevTools web socket of the browser's page, once the browser has written its port. */
  private static URI pageSocket(Path profile) throws Exception {
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("chromium wrote no DevToolsActivePort within " + WAIT.toSeconds() + " s");
      }
      Thread.sleep(100);
    }
    String port = Files.readAllLines(portFile).get(0).trim();
    HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    while (true) {
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json"))
          .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(list.body())) {
        if ("page".equals(target.path("type").asText()) && target.has("webSocketDebuggerUrl")) {
          return URI.create(target.get("webSocketDebuggerUrl").asText());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("chromium has no page to drive: " + list.body());
      }
      Thread.sleep(100);
    }
  }

  private static void waitFor(Devtools page, String condition) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!page.eval("Boolean(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("page never satisfied: " + condition);
      }
      Thread.sleep(50);
    }
  }

  /** A minimal Chrome DevTools Protocol client: numbered calls over one web socket, each bounded by {@link #WAIT}. */
  private static final class Devtools implements WebSocket.Listener, AutoCloseable {
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static Devtools connect(URI uri) throws Exception {
      Devtools d = new Devtools();
      d.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT).buildAsync(uri, d)
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      return d;
    }

    JsonNode call(String method, Map<String, ?> params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      pending.put(id, reply);
      ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
      message.set("params", JSON.valueToTree(params));
      socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + ": " + answer.get("error"));
      }
      return answer.path("result");
    }

    /** The value of a JavaScript expression in the page. */
    JsonNode eval(String expression) throws Exception {
      JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          CompletableFuture<JsonNode> reply = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
          if (reply != null) {
            reply.complete(message);
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void close() {
      socket.abort();
    }
  }
}
