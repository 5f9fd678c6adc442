package org.reviewactions.action.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceLinksTest {

  @Test
  void onlyPlainWebAddressesBecomeLinksAndEverythingElseIsEscaped() {
    String md = EvidenceLinks.markdown(List.of("https://intranet.example/audit-2026", "Minutes of 3 March",
        "[click](javascript:alert(1))", "<script>alert(1)</script>", "{{ctxHistory}}"), List.of(), "http://tracker.test", f -> "");
    assertThat(md).contains("- [https://intranet\\.example/audit\\-2026](https://intranet.example/audit-2026)");
    assertThat(md).contains("- Minutes of 3 March");
    assertThat(md).contains("\\[click\\]\\(javascript:alert\\(1\\)\\)").doesNotContain("](javascript:");
    assertThat(md).contains("\\<script\\>alert\\(1\\)\\</script\\>").doesNotContain("<script>");
    assertThat(md).contains("\\{\\{ctxHistory\\}\\}");
  }

  @Test
  void filesAreLinksToTheirDownloadWithNameAndDetailsEscaped() {
    EvidenceFileSummary file = new EvidenceFileSummary(7L, 1L, null, "Audit [v2](x).pdf", 10, "owner1", Instant.EPOCH);
    String md = EvidenceLinks.fileList(List.of(file), "", f -> "12 KB, uploaded by <b>Olive</b>");
    assertThat(md).isEqualTo("- [Audit \\[v2\\]\\(x\\)\\.pdf](/evidence-files/7) (12 KB, uploaded by \\<b\\>Olive\\</b\\>)\n");
  }

  @Test
  void noReferencesSaysSo() {
    assertThat(EvidenceLinks.markdown(List.of(), List.of(), "http://tracker.test", f -> "")).isEqualTo("No references.");
  }
}
