package org.reviewactions.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an uploaded action plan that the tracker understands.
 *
 * <p>Boards word their headings in many ways ("Rec No.", "Officer accountable", "What will be done",
 * "Completion by", "Measure of success", "PROGRESS AS AT 1.7.06"), so a heading is recognised by the
 * words in it: each column has phrases, and the more specific the phrase a heading contains, the
 * closer the match ({@link #score(String)}). "Lead agency" contains both "lead" (a person) and
 * "lead agency"; the longer phrase wins.
 */
public enum PlanColumn {
  REC_NUMBER("Rec No", Map.of()),
  RECOMMENDATION("Recommendation", phrases(
      "recommendation", 4, "overview recommendation", 5, "agency recommendation", 5, "learning point", 3,
      "finding", 2, "area for improvement", 3, "issue", 1)),
  ACTION("Action", phrases(
      "action", 3, "agreed action", 5, "action required", 5, "action to be taken", 5,
      "what will be done", 5, "what will we do", 5, "how will this be achieved", 5, "task", 2, "key task", 4,
      "activity", 2, "steps", 2, "what", 1)),
  TIMESCALE("Timescale", phrases(
      "timescale", 5, "time scale", 5, "timeframe", 5, "time frame", 5, "timetable", 4, "timeline", 4, "date", 3,
      "target date", 6, "due date", 6, "completion date", 6, "deadline", 5, "by when", 6, "when", 2, "completion", 3,
      "complete by", 5, "completed by", 5, "completion by", 6, "target", 2, "due", 3, "by", 1)),
  RESPONSIBLE("Responsible", phrases(
      "responsible", 3, "responsibility", 3, "responsible person", 6, "responsible officer", 6, "person responsible", 6,
      "officer responsible", 6, "lead officer", 6, "lead person", 6, "lead professional", 6, "lead manager", 6,
      "lead", 2, "officer", 3, "accountable", 4, "officer accountable", 6, "accountable officer", 6, "owner", 4,
      "action owner", 6, "by whom", 6, "who", 2, "named", 2, "person", 2, "role", 1, "manager", 1)),
  AGENCY("Agency", phrases(
      "agency", 4, "lead agency", 7, "responsible agency", 7, "agency responsible", 7,
      "organisation", 4, "organization", 4, "lead organisation", 7, "lead organization", 7, "partner", 2,
      "service", 2, "department", 2, "imr agency", 5)),
  INTENDED_OUTCOME("Intended outcome", phrases(
      "outcome", 4, "intended outcome", 6, "expected outcome", 6, "projected outcome", 6, "desired outcome", 6,
      "measure of success", 6, "success measure", 6, "success criteria", 6, "measure", 2, "success", 3, "impact", 4,
      "evidence of success", 6, "evidence of impact", 6, "evidence", 2, "output", 2, "difference", 2)),
  PROGRESS("Progress", phrases(
      "progress", 5, "progress to date", 7, "progress update", 7, "update", 3, "comment", 3, "commentary", 3,
      "current position", 5, "position", 2, "action taken", 5, "evidence of progress", 7,
      "evidence of completion", 7, "work done", 4)),
  STATUS("Status", phrases(
      "status", 5, "rag", 5, "rag rating", 7, "rag status", 7, "rating", 2, "completed", 2, "complete", 2, "done", 1));

  /** The least score at which a heading counts as naming a column. */
  static final int RECOGNISED = 1;

  private final String label;
  private final Map<List<String>, Integer> phrases;

  PlanColumn(String label, Map<List<String>, Integer> phrases) {
    this.label = label;
    this.phrases = phrases;
  }

  /** A plain name for the column, used in messages when the file itself has no such header. */
  public String label() {
    return label;
  }

  /** The name the plan manager's mapping uses for the column ("intended-outcome"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The column a mapping names, by {@link #key()} (underscores and capitals allowed). */
  public static Optional<PlanColumn> forKey(String key) {
    String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    return Arrays.stream(values()).filter(c -> c.key().equals(k)).findFirst();
  }

  /** The column a header cell names best, if it names one. */
  public static Optional<PlanColumn> forHeader(String header) {
    List<String> words = HeadingWords.words(header);
    PlanColumn best = null;
    int bestScore = 0;
    for (PlanColumn column : values()) {
      int score = column.score(words);
      if (score > bestScore) {
        best = column;
        bestScore = score;
      }
    }
    return bestScore >= RECOGNISED ? Optional.of(best) : Optional.empty();
  }

  /** How closely a heading names this column: 0 not at all, higher for a longer phrase or a heading of only that phrase. */
  int score(String header) {
    return score(HeadingWords.words(header));
  }

  private int score(List<String> words) {
    if (words.isEmpty()) {
      return 0;
    }
    boolean numbered = words.stream().anyMatch(HeadingWords::isNumberWord);
    if (this == REC_NUMBER) {
      // "Rec No", "Recommendation number", "No.", "Ref": a number, of a recommendation or of nothing named.
      boolean onlyRecommendation = words.stream().allMatch(w -> HeadingWords.isNumberWord(w) || HeadingWords.isRecommendationWord(w));
      if (words.equals(List.of("rec")) || (numbered && onlyRecommendation)) {
        return 8;
      }
      return 0;
    }
    if (numbered && words.size() <= 4) {
      // "Action No", "IMR Action No.": the number of something, not the thing itself.
      return 0;
    }
    int best = 0;
    for (Map.Entry<List<String>, Integer> phrase : phrases.entrySet()) {
      if (HeadingWords.containsSequence(words, phrase.getKey())) {
        int score = phrase.getValue() + (words.equals(phrase.getKey()) ? 2 : 0);
        best = Math.max(best, score);
      }
    }
    return best;
  }

  private static Map<List<String>, Integer> phrases(Object... phraseAndWeight) {
    return HeadingWords.phrases(phraseAndWeight);
  }
}
