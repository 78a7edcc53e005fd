package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two perennial-sources readers and the merge into one row per outlet. */
class OutletsTest {

  private static final String PERENNIAL = "id,name,status,status_n,wiki_url,urls,urls_n,info\n"
      + "1,\"The Guardian (TheGuardian.com, The Observer)\",\"[\"\"Generally reliable\"\"]\",1,w,"
      + "\"[\"\"www.theguardian.com\"\", \"\"www.wikidata.org/wiki/q1\"\"]\",2,\"The Guardian is reliable.\nMore.\"\n"
      + "2,The Guardian,\"[\"\"No consensus\"\"]\",1,w,\"[\"\"www.theguardian.com\"\"]\",1,Some editors disagree.\n"
      + "3,Xinhua News Agency (New China News Agency),\"[\"\"No consensus\"\"]\",1,w,\"[\"\"www.xinhuanet.com\"\"]\",1,"
      + "Xinhua is the state-run press agency of China.\n"
      + "4,Some Wiki,\"[\"\"Deprecated\"\", \"\"Blacklisted\"\"]\",2,w,\"[\"\"wikidata.org/wiki/q2\"\"]\",1,x\n"
      + "5,Noticeboard,\"[\"\"Wikipedia:Reliable sources/Noticeboard\"\"]\",1,w,\"[]\",0,x\n"
      + "6,The Sun (UK),\"[\"\"Deprecated\"\"]\",1,w,\"[\"\"thesun.co.uk\"\"]\",1,Tabloid.\n";
  private static final String RANKING = "source_name,status,domain,total_citations\n"
      + "The Guardian (TheGuardian.com),gr,theguardian.com,10\n"
      + "Associated Press (AP),gr,apnews.com,5\n";

  private static List<PerennialSourcesReader.Entry> entries(Problems problems) {
    List<PerennialSourcesReader.Entry> all = new ArrayList<>(PerennialSourcesReader.readPerennial(
        new SourceFile(PerennialSourcesReader.PERENNIAL, "src/p.csv", PERENNIAL), problems));
    all.addAll(PerennialSourcesReader.readRanking(new SourceFile(PerennialSourcesReader.RANKING, "src/r.csv", RANKING),
        problems));
    return all;
  }

  @Test
  void entriesAreReadWithTheirLinesStatusesAndHosts() {
    Problems problems = new Problems();
    List<PerennialSourcesReader.Entry> all = entries(problems);
    assertEquals(8, all.size());
    assertEquals("wp-rsp/perennial-sources.csv:2", all.get(0).source());
    assertEquals("wp-rsp/perennial-sources.csv:4", all.get(1).source());
    assertEquals(List.of("theguardian.com", "wikidata.org"), all.get(0).domains());
    assertEquals(List.of("Deprecated", "Blacklisted"), all.get(3).statuses());
    assertEquals("wp-rsp/reliability_ranking.csv:3", all.get(7).source());
  }

  @Test
  void oneRowPerOutletWithTheLaterCopysRatingAndOwnDomainsOnly() {
    Problems problems = new Problems();
    GeneratorPolicy policy = GeneratorPolicyTest.policy();
    NameRules rules = new NameRules(Set.of("sun", "guardian"), Set.of());
    Outlets.Built built = Outlets.build(entries(problems), policy, rules, Set.of("uk"));
    assertEquals(List.of(
        List.of("Associated Press", "Associated Press|apnews.com", "B", "generally_reliable", "false",
            "wp-rsp/reliability_ranking.csv:3", "AP"),
        List.of("Some Wiki", "Some Wiki", "E", "blacklisted", "false", "wp-rsp/perennial-sources.csv:6", ""),
        List.of("The Guardian", "TheGuardian.com|The Observer", "B", "generally_reliable", "false",
            "wp-rsp/perennial-sources.csv:2|wp-rsp/perennial-sources.csv:4|wp-rsp/reliability_ranking.csv:2", ""),
        List.of("The Sun", "thesun.co.uk", "E", "deprecated", "false", "wp-rsp/perennial-sources.csv:8", ""),
        List.of("Xinhua News Agency", "Xinhua News Agency|New China News Agency|xinhuanet.com", "C", "no_consensus",
            "true", "wp-rsp/perennial-sources.csv:5", "")), built.rows());
    assertEquals(List.of("wp-rsp/perennial-sources.csv:7 [Wikipedia:Reliable sources/Noticeboard]"), built.unrated());
  }

  @Test
  void aStatusThatIsNotAJsonListIsFileLine() {
    Problems problems = new Problems();
    PerennialSourcesReader.readPerennial(new SourceFile(PerennialSourcesReader.PERENNIAL, "src/p.csv",
        "id,name,status,status_n,wiki_url,urls,urls_n,info\n1,X,Generally reliable,1,w,[],0,x\n"), problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(List.of("src/p.csv:2: expected a JSON list such as [\"Generally reliable\"], got 'Generally reliable'"),
        e.problems());
  }

  @Test
  void hosts() {
    assertEquals("aa.com.tr", PerennialSourcesReader.host("https://www.aa.com.tr/en"));
    assertEquals("go.cnn.com", PerennialSourcesReader.host("go.cnn.com/?stream=cnn"));
    assertEquals("", PerennialSourcesReader.host("not a host"));
  }
}
