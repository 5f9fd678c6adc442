package org.reviewactions.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action that is only "See 3.3.9 (v)" names another recommendation's action: it is kept in the text of
 * the action above it, with its progress, rather than made a second action. References inside an action's
 * text are noted so that the plan manager sees them in the preview.
 */
final class WordReferences {

  private static final Pattern REFERENCE = Pattern.compile("(?i)\\bsee\\s+(?:also\\s+)?(?:rec(?:ommendation)?s?\\.?\\s+)?"
      + "(\\d+(?:\\.\\d+)+)\\s*(?:\\(([ivxlcdm]+|[a-z])\\)|\\s([ivxlcdm]+)\\b)?");
  private static final Pattern REFERENCE_ONLY = Pattern.compile("(?i)^\\s*see\\s+[^\\n]{1,40}$");

  private WordReferences() {}

  static void fold(List<List<String>> rows, List<Integer> numbers, WordColumns columns, List<String> notes) {
    int action = columns.action();
    int number = columns.number();
    if (action < 0 || number < 0) {
      return;
    }
    Set<String> known = new HashSet<>();
    rows.forEach(r -> {
      if (!r.get(number).isBlank()) {
        known.add(CellText.numberKey(r.get(number)));
      }
    });
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      String text = r.get(action);
      Matcher m = REFERENCE.matcher(text);
      if (!m.find()) {
        continue;
      }
      String sub = m.group(2) != null ? m.group(2) : m.group(3);
      String target = m.group(1) + (sub == null ? "" : " " + sub.toLowerCase());
      if (!known.contains(CellText.numberKey(target))) {
        notes.add("Row " + numbers.get(i) + ": \"" + WordPlanLayout.abbreviate(m.group()) + "\" names no recommendation "
            + "of this plan; it is kept as written.");
        continue;
      }
      boolean onlyReference = REFERENCE_ONLY.matcher(text).matches() && m.group().length() >= text.strip().length() - 2;
      boolean continuation = i > 0 && (columns.rec() < 0 || r.get(columns.rec()).isBlank()) && r.get(number).isBlank();
      if (!onlyReference || !continuation) {
        notes.add("Row " + numbers.get(i) + ": the action refers to recommendation " + target + " (\""
            + WordPlanLayout.abbreviate(m.group()) + "\").");
        continue;
      }
      List<String> above = rows.get(i - 1);
      above.set(action, above.get(action) + "\n" + text.strip());
      int progress = columns.progress();
      if (progress >= 0 && !r.get(progress).isBlank()) {
        above.set(progress, (above.get(progress) + "\n" + r.get(progress)).strip());
      }
      String timescale = columns.timescale() < 0 ? "" : r.get(columns.timescale());
      notes.add("Row " + numbers.get(i) + ": \"" + text.strip() + "\" refers to the action of recommendation " + target
          + "; it is not made a second action but kept in the text of the action above it"
          + (timescale.isBlank() ? "" : " (its timescale \"" + WordPlanLayout.abbreviate(timescale) + "\" is not imported)")
          + ".");
      rows.remove(i);
      numbers.remove(i);
      i--;
    }
  }
}
