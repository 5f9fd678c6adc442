package org.reviewactions.timescale;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static org.reviewactions.timescale.Notes.day;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the free-text timescale a board wrote against an action into dates.
 *
 * <p>Boards write timescales in every form: "March – Sept 2006", "by October 2011", "within 3-6 months of the
 * publication of these reviews", "April 2006-March 2007 monitored quarterly by LSCB", "Ongoing", or a whole
 * sentence with a date in it. This parser returns the start and due dates, how often progress is reviewed, and a
 * note for the plan manager.
 *
 * <p>It is deliberately cautious. When the text could mean more than one thing (several dates in one cell, only a
 * year or a season, a date that does not exist, a start with no end) it still gives its best guess but sets
 * {@link ParsedTimescale#needsConfirmation()}, and the note says why. It never throws: one odd cell must not stop
 * a plan from being imported.
 *
 * <p>Numeric dates are read day first, as UK boards write them; two-digit years below 70 are 20xx, others 19xx.
 * Counts such as "within six months" run from the review's publication date. Instances hold no state and may be
 * shared between threads.
 */
public final class TimescaleParser {

  /** Longer text is someone's whole action pasted in; reading further would only slow the import. */
  static final int MAX_LENGTH = 2_000;

  private static final int LISTED_READINGS = 6;
  private static final Pattern ONGOING = Pattern.compile("\\bon[- ]?going\\b", CASE_INSENSITIVE);
  private static final Pattern IMMEDIATE = Pattern.compile(
      "\\bimmediately\\b|\\bimmediate\\s+(?:effect|start|action|implementation)\\b|^\\W*immediate\\W*$",
      CASE_INSENSITIVE);

  /**
   * Reads one timescale.
   *
   * @param text the timescale as the board wrote it; may be null, blank or anything else
   * @param publicationDate the review's publication date, from which counts such as "within six months" run
   * @return the dates read, never null; when nothing could be read all dates are null and confirmation is needed
   */
  public ParsedTimescale parse(String text, LocalDate publicationDate) {
    try {
      return read(text, publicationDate);
    } catch (RuntimeException e) {
      // The text comes from other people's spreadsheets; whatever slipped through is for a person to read.
      return unreadable(text);
    }
  }

  private ParsedTimescale read(String text, LocalDate publication) {
    if (text == null || text.isBlank()) {
      return unreadable(text);
    }
    String original = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    String plain = plain(original);
    List<Reading> readings = withoutRepeats(Readings.find(plain, original, publication));
    List<Period> cadences = Cadences.find(plain);
    boolean ongoing = ONGOING.matcher(plain).find();
    boolean immediate = IMMEDIATE.matcher(plain).find();

    Outcome outcome;
    if (readings.stream().allMatch(r -> r.kind() == Reading.Kind.REFERENCE)) {
      outcome = fromWordsAlone(ongoing, immediate, !cadences.isEmpty(), publication);
    } else if (readings.size() == 1) {
      outcome = fromOne(readings.get(0), ongoing, immediate, publication);
    } else {
      outcome = fromSeveral(readings);
    }
    if (outcome == null) {
      return unreadable(text);
    }
    addCadences(outcome, cadences);
    if (text.length() > MAX_LENGTH) {
      outcome.doubt("Only the first " + MAX_LENGTH + " characters were read");
    }
    keepInOrder(outcome);
    return outcome.result(cadences.isEmpty() ? null : cadences.get(0));
  }

  /** Cells with no date: ongoing work, an immediate start, or just a review cadence. */
  private static Outcome fromWordsAlone(boolean ongoing, boolean immediate, boolean hasCadence,
                                        LocalDate publication) {
    if (ongoing) {
      return new Outcome(immediate ? publication : null, null).say("Ongoing: no due date");
    }
    if (immediate) {
      String when = publication == null ? "" : " (on publication, " + day(publication) + ")";
      return new Outcome(publication, null).doubt("Starts immediately" + when + ": no end date given");
    }
    if (hasCadence) {
      // Regular reporting with no end date is ongoing work, which needs no confirmation.
      return new Outcome(null, null).say("No due date given");
    }
    return null;
  }

  private static Outcome fromOne(Reading reading, boolean ongoing, boolean immediate, LocalDate publication) {
    boolean startsNow = immediate && reading.start() == null && publication != null;
    Outcome outcome = new Outcome(startsNow ? publication : reading.start(), reading.due());
    if (startsNow) {
      outcome.say("Starts immediately, on publication (" + day(publication) + ")");
    }
    String description = reading.description();
    if (ongoing && reading.due() != null) {
      description = description == null ? "Ongoing after the due date" : description + ", then ongoing";
    }
    outcome.say(description);
    if (!reading.isCertain()) {
      outcome.doubt(reading.doubt());
    }
    return outcome;
  }

  /** Several timescales for several actions: the widest span as a guess, and a person to choose. */
  private static Outcome fromSeveral(List<Reading> readings) {
    LocalDate start = readings.stream().map(Reading::earliest).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    LocalDate due = readings.stream().map(Reading::due).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    String listed = readings.stream().limit(LISTED_READINGS).map(Reading::text).collect(Collectors.joining("; "));
    if (readings.size() > LISTED_READINGS) {
      listed += "; and " + (readings.size() - LISTED_READINGS) + " more";
    }
    Outcome outcome = new Outcome(start, due)
        .doubt("Several timescales in one cell (" + listed + "): confirm which applies");
    readings.stream().map(Reading::doubt).filter(Objects::nonNull).distinct().limit(LISTED_READINGS)
        .forEach(outcome::say);
    return outcome;
  }

  private static void addCadences(Outcome outcome, List<Period> cadences) {
    if (cadences.size() > 1) {
      String listed = cadences.stream().map(Cadences::describe).collect(Collectors.joining("; "));
      outcome.doubt("Several review frequencies given (" + listed + "): confirm which applies");
    } else if (cadences.size() == 1) {
      outcome.say("Reviewed " + Cadences.describe(cadences.get(0)));
    }
  }

  // A due date before the start would schedule work that is already late before it begins; the due date is what
  // the board committed to, so it is the start that gives way.
  private static void keepInOrder(Outcome outcome) {
    if (outcome.start != null && outcome.due != null && outcome.due.isBefore(outcome.start)) {
      outcome.doubt("The due date (" + day(outcome.due) + ") is before the start (" + day(outcome.start)
          + "), so the start was left blank");
      outcome.start = null;
    }
  }

  /** The same deadline written twice ("May 2006" on two lines) is one timescale, not two. */
  private static List<Reading> withoutRepeats(List<Reading> readings) {
    List<Reading> kept = new ArrayList<>();
    for (Reading reading : readings) {
      boolean repeat = reading.isCertain() && kept.stream().anyMatch(k -> k.isCertain()
          && Objects.equals(k.start(), reading.start()) && Objects.equals(k.due(), reading.due()));
      if (!repeat) {
        kept.add(reading);
      }
    }
    return kept;
  }

  private static ParsedTimescale unreadable(String text) {
    return new ParsedTimescale(null, null, null, true, "Could not read a date from '" + Notes.quote(text) + "'");
  }

  /**
   * The text with every dash, space and quote variant made plain, so that patterns need only the ASCII forms.
   * Each character maps to exactly one character, so positions found here also point into the original.
   */
  static String plain(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      plain.append(plain(text.charAt(i)));
    }
    return plain.toString();
  }

  private static char plain(char c) {
    if (c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D') {
      return '-';
    }
    if (c == '\u2018' || c == '\u2019' || c == '\u2032') {
      return '\'';
    }
    if (c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
      return '\n';
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
        || c == '\u200B' || c == '\uFEFF') {
      return c == '\n' ? '\n' : ' ';
    }
    return c;
  }

  /** The result being assembled: dates, whether a person must check them, and the sentences explaining why. */
  private static final class Outcome {
    private LocalDate start;
    private final LocalDate due;
    private boolean unsure;
    private final List<String> notes = new ArrayList<>();

    Outcome(LocalDate start, LocalDate due) {
      this.start = start;
      this.due = due;
    }

    Outcome say(String note) {
      if (note != null) {
        notes.add(note);
      }
      return this;
    }

    Outcome doubt(String note) {
      unsure = true;
      return say(note);
    }

    ParsedTimescale result(Period cadence) {
      return new ParsedTimescale(start, due, cadence, unsure, notes.isEmpty() ? null : String.join(". ", notes));
    }
  }
}
