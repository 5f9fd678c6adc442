package org.reviewactions.notification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the three parts of a notification from {@code templates/mail/<kind>.html}, {@code <kind>.txt} and
 * {@code <kind>-subject.txt}.
 *
 * <p>This is a private engine, not Spring Boot's web one: mail templates live apart from page templates and the HTML
 * ones are always rendered in HTML mode, where {@code th:text} escapes every value. Values are data, never
 * expressions: {@code ${7*7}} in a recommendation stays {@code ${7*7}}. The plain-text templates use unescaped
 * output ({@code [(...)]}, {@code th:utext}) because their output is plain text (the text/plain part and the subject
 * header), where HTML escaping would show {@code &amp;amp;} to the reader; an HTML template never does. Before rendering, blank strings become
 * {@code null} (so templates can use {@code ?:} for fallbacks) and a {@code taskLink} that is not http(s) is dropped.
 */
@Component
class MailTemplates {

  static final String PREFIX = "templates/mail/";
  static final int MAX_SUBJECT_LENGTH = 250;
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern HEADER_UNSAFE = Pattern.compile("[\\s\\p{Cc}\\p{Z}]+");

  /** The rendered parts of one e-mail. */
  record RenderedMail(String subject, String text, String html) {}

  private final TemplateEngine engine;
  /** Kinds whose three templates were found: looking them up in the class path for every message costs a scan. */
  private final Set<String> found = ConcurrentHashMap.newKeySet();

  MailTemplates() {
    // SpringTemplateEngine only for its SpEL expression support (plain Thymeleaf would need OGNL).
    SpringTemplateEngine templateEngine = new SpringTemplateEngine();
    templateEngine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    templateEngine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    this.engine = templateEngine;
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix(PREFIX);
    resolver.setSuffix("");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** Renders subject, plain text and HTML of {@code kind}; an unknown kind is an {@link IllegalArgumentException}. */
  RenderedMail render(String kind, Map<String, ?> model) {
    requireTemplates(kind);
    Context context = new Context(Locale.UK, normalise(model));
    String subject = subjectLine(engine.process(kind + "-subject.txt", context));
    if (subject.isEmpty()) {
      throw new IllegalStateException("Mail template " + PREFIX + kind + "-subject.txt rendered an empty subject");
    }
    return new RenderedMail(subject, engine.process(kind + ".txt", context), engine.process(kind + ".html", context));
  }

  static boolean isValidKind(String kind) {
    return kind != null && KIND.matcher(kind).matches();
  }

  private void requireTemplates(String kind) {
    if (!isValidKind(kind)) {
      throw new IllegalArgumentException(
          "Mail kind '" + kind + "' is not a template name (lower-case letters, digits and '-', at most 40)");
    }
    if (found.contains(kind)) {
      return;
    }
    for (String name : new String[] {kind + ".html", kind + ".txt", kind + "-subject.txt"}) {
      if (MailTemplates.class.getClassLoader().getResource(PREFIX + name) == null) {
        throw new IllegalArgumentException("No mail template " + PREFIX + name + " for kind '" + kind + "'");
      }
    }
    found.add(kind);
  }

  /** One line, single spaces, no control characters, at most {@link #MAX_SUBJECT_LENGTH} characters. */
  static String subjectLine(String rendered) {
    String line = HEADER_UNSAFE.matcher(rendered).replaceAll(" ").strip();
    if (line.codePointCount(0, line.length()) > MAX_SUBJECT_LENGTH) {
      line = line.substring(0, line.offsetByCodePoints(0, MAX_SUBJECT_LENGTH - 1)).stripTrailing() + "…";
    }
    return line;
  }

  private static Map<String, Object> normalise(Map<String, ?> model) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (model != null) {
      model.forEach((key, value) -> {
        if (value instanceof CharSequence text && text.toString().isBlank()) {
          return;
        }
        variables.put(key, value);
      });
    }
    Object link = variables.get("taskLink");
    if (link != null && !isWebLink(link.toString())) {
      variables.remove("taskLink");
    }
    return variables;
  }

  private static boolean isWebLink(String link) {
    String lower = link.strip().toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && link.chars().noneMatch(Character::isWhitespace);
  }
}
