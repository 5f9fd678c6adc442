package org.reviewactions.report;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The report as one standalone HTML page: every value escaped by the template, styles inline, no scripts. */
@Component
class ReportHtml {

  private final TemplateEngine templates;

  ReportHtml(TemplateEngine templates) {
    this.templates = templates;
  }

  String render(ProgressReport report) {
    Context context = new Context(java.util.Locale.UK);
    context.setVariable("report", report);
    return templates.process("report/standalone", context);
  }
}
